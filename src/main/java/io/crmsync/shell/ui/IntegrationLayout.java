package io.crmsync.shell.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.security.AppRoles;
import io.crmsync.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The Salesforce integration page, as the seed lays it out: a tab per synced object, then Sync
 * Health and Features Discovery. Each tab is a route of its own under {@code integration/}, owned
 * by its feature's module; this layout frames every route under that path by the path alone, so
 * that no feature depends on the shell and the shell on no feature. Choosing a tab navigates to its
 * address, which the browser's history, a reload and a bookmark then follow.
 */
@Layout(IntegrationLayout.PATH)
@ParentLayout(MainLayout.class)
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class IntegrationLayout extends Composite<VerticalLayout>
        implements RouterLayout, AfterNavigationObserver {

    static final String PATH = "/integration";

    /** A tab: its name, and the address of the view that fills it. */
    record IntegrationTab(String label, String path) {

        boolean shows(String location) {
            return location.equals(path) || location.startsWith(path + "/");
        }
    }

    static final List<IntegrationTab> TABS =
            List.of(
                    new IntegrationTab("Contacts", "integration/contacts"),
                    new IntegrationTab("Companies", "integration/companies"),
                    new IntegrationTab("Deals", "integration/deals"),
                    new IntegrationTab("Tickets", "integration/tickets"),
                    new IntegrationTab("Activities", "integration/activities"),
                    new IntegrationTab("Custom objects", "integration/custom-objects"),
                    new IntegrationTab("Sync Health", "integration/sync-health"),
                    new IntegrationTab("Features Discovery", "integration/features"));

    final Tabs tabs = new Tabs();
    private final Div content = new Div();

    /** The tab of the view shown now; choosing any other navigates to it. */
    private IntegrationTab shown;

    IntegrationLayout() {
        VerticalLayout root = getContent();
        root.addClassName("integration-page");
        root.setSizeFull();
        root.setSpacing(false);
        TABS.forEach(tab -> tabs.add(new Tab(tab.label())));
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(change -> open(change.getSelectedTab()));
        content.addClassName("integration-content");
        root.add(
                new ViewHeader(
                        "Salesforce integration",
                        "How each object syncs between HubSpot and Salesforce, and how the sync is"
                                + " doing."),
                tabs,
                content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String location = event.getLocation().getPath();
        shown = TABS.stream().filter(tab -> tab.shows(location)).findFirst().orElse(null);
        tabs.setSelectedIndex(shown == null ? -1 : TABS.indexOf(shown));
    }

    private void open(Tab selected) {
        int index = tabs.indexOf(selected);
        if (index < 0 || TABS.get(index).equals(shown)) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(TABS.get(index).path()));
    }
}
