package io.crmsync.sandbox;

/** A fault setting out of range; names the field so the form can show the message there. */
public class FaultSettingsRejected extends RuntimeException {

    private final String field;

    public FaultSettingsRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
