package io.crmsync.settings;

/**
 * A field mapping change that breaks a rule. It names the form field it concerns, so that the
 * editor shows the message there.
 */
public class MappingRejected extends RuntimeException {

    public enum Field {
        HUBSPOT_PROPERTY,
        SALESFORCE_FIELD,
        RULE,
        TRANSLATIONS,
        TRUNCATE,
        DEFAULT_VALUE,
        NONE
    }

    private final Field field;

    public MappingRejected(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
