package io.crmsync.health.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.UserTime;
import io.crmsync.budget.AllocationRejected;
import io.crmsync.budget.ApiBudgetService;
import io.crmsync.budget.BudgetStatus;
import io.crmsync.budget.HourlyCalls;
import io.crmsync.budget.UsageRow;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * S1 and S2: each side's calls in the last 24 hours with a chart per hour, the Salesforce
 * allocation (Admins edit it), calls left, the forecast, and the 75 % retry stop. The page's
 * refresh reads the {@link Figures} outside the UI lock and shows them by push.
 */
class HealthBudget extends Composite<VerticalLayout> {

    /** With no allocation, retries stop past this many Salesforce calls a day (PRODUCT.md S2). */
    static final long DEFAULT_RETRY_CEILING = 5_000;

    final Map<ExternalSystem, Side> sides = new EnumMap<>(ExternalSystem.class);
    final TextField allocation = new TextField("Allocated to HubSpot (Salesforce calls per 24 h)");
    final Button saveAllocation = new Button("Update");
    final Grid<UsageRow> usage = new Grid<>();

    private final ApiBudgetService budget;
    private String shownAllocation = "";

    /** Everything the budget shows, read in one go. */
    record Figures(
            Map<ExternalSystem, BudgetStatus> status,
            Map<ExternalSystem, List<HourlyCalls>> hours,
            List<UsageRow> usage) {}

    HealthBudget(ApiBudgetService budget, boolean admin) {
        this.budget = budget;
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.setWidthFull();
        for (ExternalSystem system : ExternalSystem.values()) {
            Side side = new Side(system);
            sides.put(system, side);
            cards.add(side);
        }
        allocation.setHelperText("A positive whole number, at most Salesforce's limit.");
        allocation.setReadOnly(!admin);
        saveAllocation.setEnabled(admin);
        saveAllocation.addClickListener(click -> save());
        HorizontalLayout form = new HorizontalLayout(allocation, saveAllocation);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        sides.get(ExternalSystem.SALESFORCE).getContent().add(form);

        usage.addColumn(row -> row.system().label()).setHeader("Side").setAutoWidth(true);
        usage.addColumn(UsageRow::objectType).setHeader("Object").setAutoWidth(true);
        usage.addColumn(UsageRow::operationLabel).setHeader("Operation").setAutoWidth(true);
        usage.addColumn(UsageRow::calls).setHeader("Calls").setAutoWidth(true);
        usage.addColumn(UsageRow::failed).setHeader("Failed").setAutoWidth(true);
        usage.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(cards, usage);
    }

    /** Reads the figures; touches no component, so it may run outside the UI lock. */
    Figures read() {
        Map<ExternalSystem, BudgetStatus> status = new EnumMap<>(ExternalSystem.class);
        Map<ExternalSystem, List<HourlyCalls>> hours = new EnumMap<>(ExternalSystem.class);
        for (ExternalSystem system : ExternalSystem.values()) {
            status.put(system, budget.status(system));
            hours.put(system, budget.callsPerHour(system));
        }
        return new Figures(status, hours, budget.usageLast24Hours());
    }

    void show(Figures figures) {
        sides.forEach(
                (system, side) ->
                        side.show(figures.status().get(system), figures.hours().get(system)));
        usage.setItems(figures.usage());
        Long cap = figures.status().get(ExternalSystem.SALESFORCE).allocation();
        String now = cap == null ? "" : cap.toString();
        // another admin's change shows, but never over what this admin is typing
        if (allocation.getValue().equals(shownAllocation) && !allocation.isInvalid()) {
            allocation.setValue(now);
        }
        shownAllocation = now;
    }

    void refresh() {
        show(read());
    }

    private void save() {
        allocation.setInvalid(false);
        String text = allocation.getValue().strip().replace(",", "");
        try {
            Long calls;
            try {
                calls = text.isEmpty() ? null : Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new AllocationRejected("Enter a positive whole number of calls.");
            }
            budget.setAllocation(calls);
            shownAllocation = allocation.getValue();
            refresh();
            Notifications.success("Allocation saved.");
        } catch (AllocationRejected rejected) {
            allocation.setErrorMessage(rejected.getMessage());
            allocation.setInvalid(true);
        }
    }

    /** Whether retries have stopped: 75 % of the cap used (PRODUCT.md S2). */
    static boolean retriesStopped(BudgetStatus status) {
        Long cap =
                status.system() == ExternalSystem.SALESFORCE
                        ? status.allocation()
                        : status.crmDailyLimit();
        if (cap == null) {
            return status.system() == ExternalSystem.SALESFORCE
                    && status.usedLast24Hours() >= DEFAULT_RETRY_CEILING;
        }
        return status.usedLast24Hours() >= cap * 0.75;
    }

    final class Side extends Composite<VerticalLayout> {

        final Span used = new Span();
        final Span limit = new Span();
        final Span forecast = new Span();
        final Span retries = new Span();
        final Div chart = new Div();
        String svg = "";
        private final ExternalSystem system;

        Side(ExternalSystem system) {
            this.system = system;
            VerticalLayout root = getContent();
            root.addClassName("budget-card");
            root.setWidth("32rem");
            retries.getElement().getThemeList().add("badge error");
            root.add(new H3(system.label()), used, limit, forecast, retries, chart);
        }

        void show(BudgetStatus status, List<HourlyCalls> hours) {
            used.setText(status.usedSummary());
            limit.setText(status.limitSummary());
            forecast.setText(status.forecastSummary(UserTime::format));
            boolean stopped = retriesStopped(status);
            retries.setVisible(stopped);
            retries.setText(stopped ? "Retries have stopped: 75 % of the daily cap is used." : "");
            String next =
                    HealthChart.svg(
                            system.label() + " calls per hour, last 24 hours",
                            hours,
                            UserTime.zone());
            if (!next.equals(svg)) {
                svg = next;
                chart.removeAll();
                chart.add(new Html(svg));
            }
        }
    }
}
