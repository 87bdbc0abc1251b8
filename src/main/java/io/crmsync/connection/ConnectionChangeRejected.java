package io.crmsync.connection;

/**
 * A connection change that breaks a rule. It names the form field it concerns, so that the page
 * shows the message there; {@link Field#ACCOUNT_SWITCH} means the settings reach another org or
 * portal and the save needs an explicit confirmation.
 */
public class ConnectionChangeRejected extends RuntimeException {

    public enum Field {
        MODE,
        FLOW,
        BASE_URL,
        CLIENT_ID,
        CLIENT_SECRET,
        REFRESH_TOKEN,
        ACCESS_TOKEN,
        ACCOUNT_SWITCH,
        NONE
    }

    private final Field field;

    public ConnectionChangeRejected(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
