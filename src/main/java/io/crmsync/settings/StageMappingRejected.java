package io.crmsync.settings;

/** A stage mapping that cannot be stored; it names the editor field it concerns. */
public class StageMappingRejected extends RuntimeException {

    public enum Field {
        NONE,
        RECORD_TYPE,
        SALESFORCE_STAGE,
        HUBSPOT_STAGE
    }

    private final Field field;

    public StageMappingRejected(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
