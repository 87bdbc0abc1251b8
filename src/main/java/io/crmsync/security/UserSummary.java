package io.crmsync.security;

import java.time.Instant;

/** A user as the console shows it; never carries the password hash. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        Role role,
        boolean enabled,
        boolean mustChangePassword,
        Instant lockedUntil,
        Instant createdAt,
        Instant lastLoginAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
