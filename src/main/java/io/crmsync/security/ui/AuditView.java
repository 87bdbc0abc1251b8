package io.crmsync.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.crmsync.base.ui.UserTime;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.security.AuditEntry;
import io.crmsync.security.AuditQuery;
import io.crmsync.security.AuditService;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every sign-in and every change, newest first: who, when, what, and the state before and after.
 */
@Route("audit")
@PageTitle("Audit log | crmsync")
@Menu(order = 85, icon = "vaadin:records", title = "Audit log")
@RolesAllowed(AppRoles.ADMIN)
class AuditView extends VerticalLayout {

    final Grid<AuditEntry> grid = new Grid<>();
    final ComboBox<String> action = new ComboBox<>("Action");
    final TextField actor = new TextField("User");
    final TextField search = new TextField("Target or details");

    private final AuditService audit;

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("audit-view");
        setSizeFull();
        add(
                new ViewHeader(
                        "Audit log", "Sign-ins and changes to users, settings and connections."));

        action.setItems(audit.actions());
        action.setItemLabelGenerator(AuditAction::labelOf);
        action.setClearButtonVisible(true);
        actor.setClearButtonVisible(true);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        for (var field : new TextField[] {actor, search}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        action.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(action, actor, search);
        filters.addClassName("filters");

        grid.addColumn(entry -> UserTime.format(entry.occurredAt()))
                .setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(entry -> AuditAction.labelOf(entry.action()))
                .setHeader("Action")
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader("Target").setAutoWidth(true);
        grid.addColumn(AuditView::summary).setHeader("Change").setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(AuditDiff::new));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(
                query -> audit.find(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.count(query()));
        add(filters, grid);
        expand(grid);
    }

    private AuditQuery query() {
        return new AuditQuery(action.getValue(), actor.getValue(), search.getValue());
    }

    private static String summary(AuditEntry entry) {
        if (entry.details() != null) {
            return entry.details();
        }
        return entry.changes().stream()
                .map(change -> change.field() + ": " + change.before() + " → " + change.after())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }
}
