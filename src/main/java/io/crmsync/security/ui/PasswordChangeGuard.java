package io.crmsync.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.crmsync.security.AppRoles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a user who must change the password to the change-password page, from wherever they go.
 * Only a courtesy: until the change, the user has no role, so every other page and service refuses
 * them anyway.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || event.getNavigationTarget() == ChangePasswordView.class
                || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        boolean pending =
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(AppRoles.PASSWORD_CHANGE_PENDING_AUTHORITY::equals);
        if (pending) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
