package io.crmsync.sandbox.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.crmsync.base.SandboxLink;
import io.crmsync.shell.MainLayout;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Registers the Sandbox page. It is not a {@code @Route}: route scanning would register it even
 * when the sandboxes are switched off, and opening it would then fail for want of their services.
 */
@Component
class SandboxRoutes implements VaadinServiceInitListener {

    static final String PATH = SandboxLink.ROUTE;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        if (!routes.isRouteRegistered(SandboxView.class)) {
            routes.setRoute(PATH, SandboxView.class, List.of(MainLayout.class));
        }
    }
}
