package io.crmsync.testsupport;

import io.crmsync.security.Role;
import io.crmsync.security.internal.AppUser;
import io.crmsync.security.internal.AppUserRepository;
import java.time.Instant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates or resets the test users, one per role, with a known password and no pending change. A
 * test fixture: only the tests that import it have these users (see {@link
 * CrmsyncIntegrationTest}); the run command never does.
 */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String FIRST_ADMIN_PASSWORD = "first admin start 2026";
    public static final String ADMIN = "test-admin";
    public static final String EDITOR = "test-editor";
    public static final String VIEWER = "test-viewer";
    public static final String MUST_CHANGE = "must-change";
    public static final String FIRST_ADMIN = "admin";
    public static final String METRICS_TOKEN = "test-metrics-token-4f1c9a";

    private final AppUserRepository users;
    private final PasswordEncoder encoder;

    /** Runs {@code action} signed in as the test admin, then restores whoever was signed in. */
    public static <T> T asAdmin(java.util.function.Supplier<T> action) {
        org.springframework.security.core.context.SecurityContext previous =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContext admin =
                org.springframework.security.core.context.SecurityContextHolder
                        .createEmptyContext();
        admin.setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken(
                        ADMIN, "x", "ROLE_ADMIN"));
        org.springframework.security.core.context.SecurityContextHolder.setContext(admin);
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    public static void asAdmin(Runnable action) {
        asAdmin(
                () -> {
                    action.run();
                    return null;
                });
    }

    TestAccounts(AppUserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /**
     * The users of browserless tests must exist before a test starts, since a browserless test
     * opens the home page before its first line runs.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void beforeAnyTest() {
        ensureAll();
        ensure(MUST_CHANGE, Role.ADMIN, true);
    }

    public void ensureAll() {
        ensure(ADMIN, Role.ADMIN);
        ensure(EDITOR, Role.EDITOR);
        ensure(VIEWER, Role.VIEWER);
    }

    public AppUser ensure(String username, Role role) {
        return ensure(username, role, false);
    }

    /** The user, enabled and unlocked, with {@link #PASSWORD}; {@code mustChange} as given. */
    public AppUser ensure(String username, Role role, boolean mustChange) {
        var fresh =
                AppUser.create(
                        username,
                        "Test " + role.label(),
                        role,
                        encoder.encode(PASSWORD),
                        mustChange,
                        Instant.parse("2026-01-01T00:00:00Z"));
        return users.findByUsername(username)
                .map(
                        existing ->
                                users.save(
                                        new AppUser(
                                                existing.id(),
                                                username,
                                                fresh.displayName(),
                                                role,
                                                fresh.passwordHash(),
                                                true,
                                                mustChange,
                                                0,
                                                null,
                                                existing.createdAt(),
                                                null,
                                                existing.version())))
                .orElseGet(() -> users.save(fresh));
    }

    /**
     * Puts the first admin back as the very first start left it: {@link #FIRST_ADMIN_PASSWORD}, to
     * be changed at the first sign-in. Browser tests that sign in as the first admin share it.
     */
    public AppUser resetFirstAdmin() {
        AppUser admin = get(FIRST_ADMIN);
        return users.save(
                new AppUser(
                        admin.id(),
                        admin.username(),
                        admin.displayName(),
                        Role.ADMIN,
                        encoder.encode(FIRST_ADMIN_PASSWORD),
                        true,
                        true,
                        0,
                        null,
                        admin.createdAt(),
                        admin.lastLoginAt(),
                        admin.version()));
    }

    public void disable(String username) {
        users.save(get(username).withEnabled(false));
    }

    public AppUser get(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
