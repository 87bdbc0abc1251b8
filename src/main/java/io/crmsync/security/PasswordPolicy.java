package io.crmsync.security;

import java.util.Optional;

/**
 * The rule every new password must meet. The console states {@link #RULE} next to password fields.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final String RULE =
            "Use at least " + MIN_LENGTH + " characters; a passphrase of a few words works well.";

    private PasswordPolicy() {}

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password. " + RULE);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Too short: " + length + " characters. " + RULE);
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Too long: use at most " + MAX_LENGTH + " characters.");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("The password must not be the username.");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("Too simple: use more than three different characters.");
        }
        return Optional.empty();
    }
}
