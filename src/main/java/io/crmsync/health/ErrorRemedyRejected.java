package io.crmsync.health;

/** A remedy that cannot apply to this group; the message says why, for the admin. */
public class ErrorRemedyRejected extends RuntimeException {

    public ErrorRemedyRejected(String message) {
        super(message);
    }
}
