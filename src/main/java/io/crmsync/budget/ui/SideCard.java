package io.crmsync.budget.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.ui.UserTime;
import io.crmsync.budget.ApiBudgetService;
import io.crmsync.budget.BudgetStatus;

/** One side's calls in the last 24 hours and the CRM's own daily limit. */
class SideCard extends Composite<VerticalLayout> {

    final Span used = new Span();
    final Span failed = new Span();
    final Span limit = new Span();
    final Span forecast = new Span();

    private final ApiBudgetService budget;
    private final ExternalSystem system;

    SideCard(ApiBudgetService budget, ExternalSystem system) {
        this.budget = budget;
        this.system = system;
        VerticalLayout root = getContent();
        root.addClassName("budget-card");
        root.setWidth("26rem");
        root.add(new H2(system.label()), used, failed, limit, forecast);
        refresh();
    }

    void refresh() {
        BudgetStatus status = budget.status(system);
        used.setText(status.usedSummary());
        failed.setText(status.failedSummary());
        limit.setText(
                status.limitSummary()
                        + (status.limitObservedAt() == null
                                ? ""
                                : " (as of " + UserTime.format(status.limitObservedAt()) + ")"));
        forecast.setText(status.forecastSummary(UserTime::format));
    }
}
