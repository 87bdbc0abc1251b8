package io.crmsync.security;

/**
 * A user change that breaks a rule (weak password, duplicate username, last admin). It names the
 * form field it concerns, so that the console can show the message at that field.
 */
public class UserChangeRejected extends RuntimeException {

    public enum Field {
        USERNAME,
        DISPLAY_NAME,
        ROLE,
        PASSWORD,
        CURRENT_PASSWORD,
        NONE
    }

    private final Field field;

    public UserChangeRejected(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
