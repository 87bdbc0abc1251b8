package io.crmsync.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Usernames are case-insensitive, stored in lower case, and safe to show in logs and URLs. */
public final class UsernamePolicy {

    public static final String RULE =
            "3 to 64 characters: letters, digits, dot, dash, underscore or @.";
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._@-]{3,64}");

    private UsernamePolicy() {}

    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> problemWith(String username) {
        String normalized = normalize(username);
        if (normalized.isEmpty()) {
            return Optional.of("Enter a username. " + RULE);
        }
        if (!ALLOWED.matcher(normalized).matches()) {
            return Optional.of("Not a valid username. " + RULE);
        }
        return Optional.empty();
    }
}
