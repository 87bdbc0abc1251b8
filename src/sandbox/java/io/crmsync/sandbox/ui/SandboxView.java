package io.crmsync.sandbox.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.SandboxLink;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.sandbox.SandboxFaultService;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in CRMs, seen as a person using them: browse and edit their records, act as a user
 * would, and make them slow or unreliable. Registered by {@link SandboxRoutes} only when the
 * sandboxes run. A {@link SandboxLink} address opens its record's side and object with the record
 * selected.
 */
@PageTitle("Sandbox CRMs | crmsync")
@Menu(order = 50, icon = "vaadin:flask", title = "Sandbox CRMs")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR})
class SandboxView extends VerticalLayout implements BeforeEnterObserver {

    final TabSheet tabs = new TabSheet();
    final Map<ExternalSystem, RecordsPanel> panels = new EnumMap<>(ExternalSystem.class);
    final PicklistModeSelect picklists;
    private final Map<ExternalSystem, Tab> sides = new EnumMap<>(ExternalSystem.class);

    SandboxView(SandboxRecordService records, SandboxFaultService faults) {
        addClassName("sandbox-view");
        setSizeFull();
        add(
                new ViewHeader(
                        "Sandbox CRMs",
                        "Simulated Salesforce and HubSpot that crmsync syncs with when no real account is"
                                + " connected. Edit a record here and watch the change reach the other side."));
        picklists = new PicklistModeSelect(records);
        for (ExternalSystem system : ExternalSystem.values()) {
            RecordsPanel panel = new RecordsPanel(system, records);
            PersonActions.addTo(panel, records);
            if (system == ExternalSystem.SALESFORCE) {
                panel.addTool(picklists);
            }
            panels.put(system, panel);
            sides.put(system, tabs.add(system.label(), panel));
        }
        tabs.add("Faults", new FaultsPanel(faults));
        tabs.setSizeFull();
        add(tabs);
        expand(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        SandboxLink.of(parameters)
                .ifPresentOrElse(
                        link -> {
                            tabs.setSelectedTab(sides.get(link.system()));
                            panels.get(link.system()).show(link.objectType(), link.id());
                        },
                        () -> showList(parameters));
    }

    /** An address with a side, and perhaps an object, but no record opens that list. */
    private void showList(Map<String, List<String>> parameters) {
        String side = first(parameters, "side");
        for (ExternalSystem system : ExternalSystem.values()) {
            if (system.name().equalsIgnoreCase(side)) {
                tabs.setSelectedTab(sides.get(system));
                String object = first(parameters, "object");
                if (object != null) {
                    panels.get(system).showList(object);
                }
            }
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }
}
