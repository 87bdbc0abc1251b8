package io.crmsync.budget.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.budget.ApiBudgetService;
import io.crmsync.budget.UsageRow;
import io.crmsync.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * API calls of the last 24 hours per side, object and operation, and the Salesforce allocation,
 * which only Admins change.
 */
@Route("api-budget")
@PageTitle("API budget | crmsync")
@Menu(order = 60, icon = "vaadin:dashboard", title = "API budget")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class ApiBudgetView extends VerticalLayout {

    final AllocationCard salesforce;
    final SideCard hubspot;
    final Grid<UsageRow> usage = new Grid<>();

    ApiBudgetView(ApiBudgetService budget, AuthenticationContext user) {
        addClassName("api-budget-view");
        setSizeFull();
        add(
                new ViewHeader(
                        "API budget",
                        "The calls crmsync made in the last 24 hours, and how many it may make."));
        salesforce = new AllocationCard(budget, user.hasRole(AppRoles.ADMIN));
        hubspot = new SideCard(budget, ExternalSystem.HUBSPOT);
        FlexLayout cards = new FlexLayout(salesforce, hubspot);
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.setWidthFull();
        usage.addColumn(row -> row.system().label()).setHeader("Side").setAutoWidth(true);
        usage.addColumn(UsageRow::objectType).setHeader("Object").setAutoWidth(true);
        usage.addColumn(UsageRow::operationLabel).setHeader("Operation").setAutoWidth(true);
        usage.addColumn(UsageRow::calls).setHeader("Calls").setAutoWidth(true);
        usage.addColumn(UsageRow::failed).setHeader("Failed").setAutoWidth(true);
        usage.setItems(budget.usageLast24Hours());
        add(cards, usage);
        expand(usage);
    }
}
