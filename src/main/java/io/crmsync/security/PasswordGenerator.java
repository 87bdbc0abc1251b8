package io.crmsync.security;

import java.security.SecureRandom;

/** Random passwords for the first admin and for resets: 20 characters, easy to read aloud. */
public final class PasswordGenerator {

    // No 0/O, 1/l/I: these passwords are often read from a terminal and typed by hand.
    private static final String ALPHABET =
            "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {}

    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 5; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
