package io.crmsync.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.crmsync.base.ExternalSystem;
import io.crmsync.sandbox.SandboxEditRejected;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.sandbox.SandboxRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creates a record, or edits the fields of one, as a person would in the CRM's own screens. */
class RecordDialog extends Dialog {

    private static final Map<String, List<String>> STARTER_FIELDS =
            Map.of(
                    "Contact", List.of("FirstName", "LastName", "Email", "Title", "Phone"),
                    "Lead", List.of("FirstName", "LastName", "Company", "Email", "LeadSource"),
                    "Account", List.of("Name", "Website", "Phone"),
                    "Opportunity", List.of("Name", "StageName", "CloseDate", "AccountId", "Amount"),
                    "contacts",
                            List.of("firstname", "lastname", "email", "jobtitle", "lifecyclestage"),
                    "companies", List.of("name", "domain"),
                    "deals", List.of("dealname", "dealstage", "pipeline", "amount"),
                    "tickets", List.of("subject", "hs_pipeline", "hs_pipeline_stage"));

    final Map<String, TextField> fields = new LinkedHashMap<>();
    final FormLayout form = new FormLayout();
    final TextField newFieldName = new TextField("Add a field");
    final TextField newFieldValue = new TextField("Value");
    final Button save = new Button("Save");
    final Paragraph error = new Paragraph();
    private final Map<String, String> original;
    private boolean editing;

    RecordDialog(
            ExternalSystem system,
            String type,
            SandboxRow row,
            SandboxRecordService records,
            Runnable onSaved) {
        setHeaderTitle(row == null ? "New " + type : type + " " + row.id());
        setWidth("40rem");
        original = row == null ? Map.of() : row.fields();
        if (row == null) {
            STARTER_FIELDS.getOrDefault(type, List.of()).forEach(name -> addField(name, ""));
        } else {
            row.fields().forEach(this::addField);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        Button add =
                new Button(
                        "Add",
                        click -> {
                            if (!newFieldName.getValue().isBlank()) {
                                addField(newFieldName.getValue().strip(), newFieldValue.getValue());
                                newFieldName.clear();
                                newFieldValue.clear();
                            }
                        });
        HorizontalLayout adder = new HorizontalLayout(newFieldName, newFieldValue, add);
        adder.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(
                new Paragraph(
                        row == null
                                ? "Fill in the fields the CRM requires; it checks them as it would"
                                : "Changes are made as a person in "
                                        + system.label()
                                        + ", not as crmsync."),
                form,
                adder,
                error);
        error.addClassName("error-text");
        error.setVisible(false);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(
                click -> {
                    try {
                        records.save(system, type, row == null ? null : row.id(), changes());
                        onSaved.run();
                        close();
                    } catch (SandboxEditRejected rejected) {
                        error.setText(
                                system.label() + " refused the change: " + rejected.getMessage());
                        error.setVisible(true);
                    }
                });
        getFooter().add(new Button("Cancel", click -> close()), save);
        editing = row != null;
        save.setEnabled(!editing);
    }

    private void addField(String name, String value) {
        TextField field =
                fields.computeIfAbsent(
                        name,
                        key -> {
                            TextField created = new TextField(key);
                            // an edit with nothing changed has nothing to save
                            created.addValueChangeListener(
                                    change -> save.setEnabled(!editing || !changes().isEmpty()));
                            form.add(created);
                            return created;
                        });
        field.setValue(value == null ? "" : value);
    }

    private Map<String, String> changes() {
        Map<String, String> changed = new LinkedHashMap<>();
        fields.forEach(
                (name, field) -> {
                    String before = original.getOrDefault(name, "");
                    if (!field.getValue().equals(before)
                            && !(original.isEmpty() && field.getValue().isBlank())) {
                        changed.put(name, field.getValue());
                    }
                });
        return changed;
    }
}
