package io.crmsync.budget.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.ui.Notifications;
import io.crmsync.budget.AllocationRejected;
import io.crmsync.budget.ApiBudgetService;

/** Salesforce's side, with the "Allocated to HubSpot" cap that Admins set. */
class AllocationCard extends Composite<VerticalLayout> {

    final SideCard side;
    final TextField allocation = new TextField("Allocated to HubSpot (Salesforce calls per 24 h)");
    final Button save = new Button("Save allocation");

    private final ApiBudgetService budget;

    AllocationCard(ApiBudgetService budget, boolean admin) {
        this.budget = budget;
        this.side = new SideCard(budget, ExternalSystem.SALESFORCE);
        Long current = budget.status(ExternalSystem.SALESFORCE).allocation();
        allocation.setValue(current == null ? "" : current.toString());
        allocation.setHelperText("Leave empty for no cap; retries then stop past 5,000 calls.");
        allocation.setReadOnly(!admin);
        save.setVisible(admin);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        HorizontalLayout form = new HorizontalLayout(allocation, save);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(side, form);
    }

    private void save() {
        allocation.setInvalid(false);
        String text = allocation.getValue().strip().replace(",", "");
        try {
            Long calls = text.isEmpty() ? null : parse(text);
            budget.setAllocation(calls);
            side.refresh();
            Notifications.success("Allocation saved.");
        } catch (AllocationRejected rejected) {
            allocation.setErrorMessage(rejected.getMessage());
            allocation.setInvalid(true);
        }
    }

    private static Long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new AllocationRejected("Enter a positive whole number of calls.");
        }
    }
}
