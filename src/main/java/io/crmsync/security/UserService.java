package io.crmsync.security;

import io.crmsync.security.UserChangeRejected.Field;
import io.crmsync.security.internal.AppUser;
import io.crmsync.security.internal.AppUserRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their roles, passwords and lock state. Admins manage users; everyone manages
 * themselves.
 */
@Service
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    UserService(
            AppUserRepository users, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<UserSummary> list(int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        var page = PageRequest.of(offset / size, size, Sort.by("username"));
        return users.findAll(page).stream().map(AppUser::summary).toList();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public UserSummary create(NewUser request) {
        String username = UsernamePolicy.normalize(request.username());
        UsernamePolicy.problemWith(username).ifPresent(problem -> reject(Field.USERNAME, problem));
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 128) {
            reject(Field.DISPLAY_NAME, "Enter a name of 1 to 128 characters.");
        }
        if (request.role() == null) {
            reject(Field.ROLE, "Choose a role.");
        }
        PasswordPolicy.problemWith(request.initialPassword(), username)
                .ifPresent(problem -> reject(Field.PASSWORD, problem));
        if (users.findByUsername(username).isPresent()) {
            reject(Field.USERNAME, duplicateMessage(username));
        }
        AppUser saved;
        try {
            saved =
                    users.save(
                            AppUser.create(
                                    username,
                                    displayName,
                                    request.role(),
                                    passwordEncoder.encode(request.initialPassword()),
                                    true,
                                    clock.instant()));
        } catch (DuplicateKeyException raced) {
            throw new UserChangeRejected(Field.USERNAME, duplicateMessage(username));
        }
        audit.change(AuditAction.USER_CREATED, username, null, auditState(saved));
        return saved.summary();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public UserSummary changeRole(long userId, Role role) {
        AppUser user = require(userId);
        if (user.role() == role) {
            return user.summary();
        }
        if (user.role() == Role.ADMIN && user.enabled()) {
            requireAnotherActiveAdmin(user, "change the role of the last active Admin");
        }
        return save(user, user.withRole(role), AuditAction.USER_ROLE_CHANGED);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public UserSummary setEnabled(long userId, boolean enabled) {
        AppUser user = require(userId);
        if (user.enabled() == enabled) {
            return user.summary();
        }
        if (!enabled) {
            if (user.username().equals(AuditLog.currentActor())) {
                reject(Field.NONE, "You cannot disable your own account.");
            }
            if (user.role() == Role.ADMIN) {
                requireAnotherActiveAdmin(user, "disable the last active Admin");
            }
        }
        return save(
                user,
                user.withEnabled(enabled),
                enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED);
    }

    /**
     * Sets a temporary password that the user must change at the next sign-in; also lifts a lock.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public UserSummary resetPassword(long userId, String temporaryPassword) {
        AppUser user = require(userId);
        PasswordPolicy.problemWith(temporaryPassword, user.username())
                .ifPresent(problem -> reject(Field.PASSWORD, problem));
        return save(
                user,
                user.withPassword(passwordEncoder.encode(temporaryPassword), true),
                AuditAction.USER_PASSWORD_RESET);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public UserSummary unlock(long userId) {
        AppUser user = require(userId);
        return save(user, user.unlocked(), AuditAction.USER_UNLOCKED);
    }

    /**
     * Changes the signed-in user's password; a user who signed in with a temporary one gets their
     * role for the rest of this sign-in.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user =
                users.findByUsername(AuditLog.currentActor())
                        .orElseThrow(
                                () ->
                                        new UserChangeRejected(
                                                Field.NONE, "Your account no longer exists."));
        if (currentPassword == null
                || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            reject(Field.CURRENT_PASSWORD, "The current password is not correct.");
        }
        PasswordPolicy.problemWith(newPassword, user.username())
                .ifPresent(problem -> reject(Field.PASSWORD, problem));
        if (passwordEncoder.matches(newPassword, user.passwordHash())) {
            reject(Field.PASSWORD, "Choose a password different from the current one.");
        }
        users.save(user.withPassword(passwordEncoder.encode(newPassword), false));
        audit.change(AuditAction.PASSWORD_CHANGED, user.username(), null, null);
        grantRoleOf(user);
    }

    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public Optional<UserSummary> me() {
        return users.findByUsername(AuditLog.currentActor()).map(AppUser::summary);
    }

    private static void grantRoleOf(AppUser user) {
        var context = SecurityContextHolder.getContext();
        Authentication signedIn = context.getAuthentication();
        var withRole =
                UsernamePasswordAuthenticationToken.authenticated(
                        signedIn.getPrincipal(),
                        null,
                        List.of(new SimpleGrantedAuthority(user.role().authority())));
        withRole.setDetails(signedIn.getDetails());
        context.setAuthentication(withRole);
    }

    private AppUser require(long userId) {
        return users.findById(userId)
                .orElseThrow(
                        () -> new UserChangeRejected(Field.NONE, "That user no longer exists."));
    }

    private void requireAnotherActiveAdmin(AppUser user, String what) {
        // Locks the active Admins' rows, so that two Admins demoting each other at once cannot both
        // win.
        if (users.lockActiveAdminIds().stream().noneMatch(id -> !id.equals(user.id()))) {
            reject(Field.ROLE, "You cannot " + what + ". Make another user an Admin first.");
        }
    }

    private UserSummary save(AppUser before, AppUser after, AuditAction action) {
        AppUser saved = users.save(after);
        audit.change(action, before.username(), auditState(before), auditState(saved));
        return saved.summary();
    }

    private static Map<String, Object> auditState(AppUser user) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("displayName", user.displayName());
        state.put("role", user.role().name());
        state.put("enabled", user.enabled());
        state.put("mustChangePassword", user.mustChangePassword());
        state.put("locked", user.lockedUntil() != null);
        return state;
    }

    private static String duplicateMessage(String username) {
        return "A user named \"" + username + "\" already exists. Choose another username.";
    }

    private static void reject(Field field, String message) {
        throw new UserChangeRejected(field, message);
    }
}
