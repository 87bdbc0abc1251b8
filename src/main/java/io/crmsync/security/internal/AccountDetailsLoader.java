package io.crmsync.security.internal;

import io.crmsync.security.AppRoles;
import io.crmsync.security.UsernamePolicy;
import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads sign-in details from {@code app_user}; a lock is in force until its time has passed. A user
 * who must change the password gets no role until they do, whichever way they sign in.
 */
@Component
class AccountDetailsLoader implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    AccountDetailsLoader(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user =
                users.findByUsername(UsernamePolicy.normalize(username))
                        .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(
                        user.mustChangePassword()
                                ? AppRoles.PASSWORD_CHANGE_PENDING_AUTHORITY
                                : user.role().authority())
                .disabled(!user.enabled())
                .accountLocked(user.lockedAt(clock.instant()))
                .build();
    }
}
