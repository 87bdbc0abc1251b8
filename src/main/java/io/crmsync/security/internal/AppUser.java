package io.crmsync.security.internal;

import io.crmsync.security.Role;
import io.crmsync.security.UserSummary;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code app_user}. Immutable: every change returns a copy that the repository saves. */
@Table("app_user")
public record AppUser(
        @Id Long id,
        String username,
        String displayName,
        Role role,
        String passwordHash,
        boolean enabled,
        boolean mustChangePassword,
        int failedAttempts,
        Instant lockedUntil,
        Instant createdAt,
        Instant lastLoginAt,
        @Version int version) {

    public static AppUser create(
            String username,
            String displayName,
            Role role,
            String passwordHash,
            boolean mustChangePassword,
            Instant now) {
        return new AppUser(
                null,
                username,
                displayName,
                role,
                passwordHash,
                true,
                mustChangePassword,
                0,
                null,
                now,
                null,
                0);
    }

    public AppUser withRole(Role newRole) {
        return new AppUser(
                id,
                username,
                displayName,
                newRole,
                passwordHash,
                enabled,
                mustChangePassword,
                failedAttempts,
                lockedUntil,
                createdAt,
                lastLoginAt,
                version);
    }

    public AppUser withEnabled(boolean newEnabled) {
        return new AppUser(
                id,
                username,
                displayName,
                role,
                passwordHash,
                newEnabled,
                mustChangePassword,
                failedAttempts,
                lockedUntil,
                createdAt,
                lastLoginAt,
                version);
    }

    public AppUser withPassword(String newHash, boolean mustChange) {
        return new AppUser(
                id,
                username,
                displayName,
                role,
                newHash,
                enabled,
                mustChange,
                0,
                null,
                createdAt,
                lastLoginAt,
                version);
    }

    public AppUser unlocked() {
        return new AppUser(
                id,
                username,
                displayName,
                role,
                passwordHash,
                enabled,
                mustChangePassword,
                0,
                null,
                createdAt,
                lastLoginAt,
                version);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public UserSummary summary() {
        return new UserSummary(
                id,
                username,
                displayName,
                role,
                enabled,
                mustChangePassword,
                lockedUntil,
                createdAt,
                lastLoginAt);
    }
}
