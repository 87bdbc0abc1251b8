package io.crmsync.security.internal;

import io.crmsync.security.AuditAction;
import io.crmsync.security.AuditLog;
import io.crmsync.security.UsernamePolicy;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks the account after too many; audits every attempt. The lock is a
 * time in the database, so it survives a restart and holds on every node.
 */
@Component
@EnableConfigurationProperties(LockoutProperties.class)
class SignInRecorder {

    private static final Logger log = LoggerFactory.getLogger(SignInRecorder.class);

    private final AppUserRepository users;
    private final AuditLog audit;
    private final LockoutProperties lockout;
    private final SignInThrottle throttle;
    private final Clock clock;

    SignInRecorder(
            AppUserRepository users,
            AuditLog audit,
            LockoutProperties lockout,
            SignInThrottle throttle,
            Clock clock) {
        this.users = users;
        this.audit = audit;
        this.lockout = lockout;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.recordSuccessfulSignIn(username, clock.instant());
        audit.event(username, AuditAction.LOGIN_SUCCEEDED, username, null);
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.event(username, AuditAction.LOGOUT, username, null);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username =
                UsernamePolicy.normalize(String.valueOf(event.getAuthentication().getName()));
        String reason =
                switch (event) {
                    case AuthenticationFailureBadCredentialsEvent e -> "bad credentials";
                    case AuthenticationFailureLockedEvent e -> "account locked";
                    case AuthenticationFailureDisabledEvent e -> "account disabled";
                    default -> event.getException().getClass().getSimpleName();
                };
        audit.event(username, AuditAction.LOGIN_FAILED, username, reason);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            users.findByUsername(username).ifPresent(this::countFailure);
        }
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            countFailureFrom(details.getRemoteAddress());
        }
    }

    private void countFailureFrom(String address) {
        if (throttle.recordFailure(address)) {
            String until = throttle.refusedUntil(address).map(Instant::toString).orElse("");
            log.warn("Sign-ins from {} refused until {} after repeated failures", address, until);
            audit.event(
                    AuditLog.SYSTEM,
                    AuditAction.SIGN_INS_PAUSED,
                    address,
                    "Sign-ins from this address refused until " + until);
        }
    }

    private void countFailure(AppUser before) {
        Instant now = clock.instant();
        Instant lockUntil = now.plus(lockout.duration());
        users.countFailedSignIn(before.username(), lockout.maxFailedAttempts(), lockUntil);
        boolean lockedNow =
                users.findByUsername(before.username())
                        .map(user -> user.lockedAt(now) && !before.lockedAt(now))
                        .orElse(false);
        if (lockedNow) {
            log.warn(
                    "Account {} locked until {} after {} failed sign-ins",
                    before.username(),
                    lockUntil,
                    lockout.maxFailedAttempts());
            audit.event(
                    AuditLog.SYSTEM,
                    AuditAction.ACCOUNT_LOCKED,
                    before.username(),
                    "Locked until "
                            + lockUntil
                            + " after "
                            + lockout.maxFailedAttempts()
                            + " failed sign-ins");
        }
    }
}
