package io.crmsync.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.crmsync.security.UserService;
import io.crmsync.security.UserSummary;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Sends a user who must change the password to the change-password page, from wherever they go. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final UserService users;

    PasswordChangeGuard(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || event.getNavigationTarget() == ChangePasswordView.class
                || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        if (users.me().map(UserSummary::mustChangePassword).orElse(false)) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
