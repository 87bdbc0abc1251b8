package io.crmsync.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.crmsync.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The Salesforce integration's entry in the menu, which opens its first tab, and the addresses its
 * tabs had when they were pages of their own ({@code contacts}, {@code contacts/mappings}, {@code
 * sync-health}, {@code features}), which open the same place on the page, query parameters
 * included, so that bookmarks keep working.
 */
@Route(value = "integration", autoLayout = false)
@RouteAlias(value = "contacts", autoLayout = false)
@RouteAlias(value = "contacts/mappings", autoLayout = false)
@RouteAlias(value = "sync-health", autoLayout = false)
@RouteAlias(value = "features", autoLayout = false)
@PageTitle("Salesforce integration | crmsync")
@Menu(order = 10, icon = "vaadin:exchange", title = "Salesforce integration")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class IntegrationView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        String tab =
                path.equals("integration")
                        ? IntegrationLayout.TABS.getFirst().path()
                        : "integration/" + path;
        event.forwardTo(tab, event.getLocation().getQueryParameters());
    }
}
