package io.crmsync.settings;

/** A contact settings change that cannot be made; it names the form field it concerns. */
public class ContactSettingsRejected extends RuntimeException {

    public enum Field {
        /** Someone else saved the settings since they were read. */
        VERSION,
        /** An object's sync toggle, refused while another object needs it. */
        SYNC_ENABLED,
        INCLUSION_LIST,
        INCLUSION_LIST_NAME
    }

    private final Field field;

    public ContactSettingsRejected(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
