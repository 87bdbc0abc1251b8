package io.crmsync.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.crmsync.convert.ValueTranslation;
import java.util.ArrayList;
import java.util.List;

/** The picklist translation table of a mapping: this HubSpot value is that Salesforce value. */
class MappingTranslations extends Composite<VerticalLayout> {

    record Row(ComboBox<String> hubSpot, ComboBox<String> salesforce, HorizontalLayout line) {}

    final List<Row> rows = new ArrayList<>();
    final Button addRow = new Button("Add translation", VaadinIcon.PLUS.create());
    final Span error = new Span();

    private final VerticalLayout table = new VerticalLayout();
    private List<String> hubSpotValues = List.of();
    private List<String> salesforceValues = List.of();
    private boolean readOnly;

    MappingTranslations() {
        VerticalLayout root = getContent();
        root.setPadding(false);
        table.setPadding(false);
        table.setSpacing(false);
        error.addClassName("error-text");
        error.setVisible(false);
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addRow.addClickListener(click -> add(null, null));
        root.add(
                new H3("Picklist value translations"),
                new Paragraph(
                        "Where the two sides name a value differently, say which HubSpot value is"
                                + " which Salesforce value. Values that are the same on both sides"
                                + " need no row."),
                table,
                addRow,
                error);
    }

    void setOptions(List<String> hubSpot, List<String> salesforce) {
        hubSpotValues = hubSpot;
        salesforceValues = salesforce;
        rows.forEach(
                row -> {
                    row.hubSpot().setItems(hubSpotValues);
                    row.salesforce().setItems(salesforceValues);
                });
    }

    void setValue(List<ValueTranslation> translations) {
        rows.clear();
        table.removeAll();
        translations.forEach(t -> add(t.hubSpotValue(), t.salesforceValue()));
    }

    List<ValueTranslation> getValue() {
        return rows.stream()
                .filter(row -> !row.hubSpot().isEmpty() || !row.salesforce().isEmpty())
                .map(
                        row ->
                                new ValueTranslation(
                                        row.hubSpot().getValue(), row.salesforce().getValue()))
                .toList();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        addRow.setVisible(!readOnly);
        rows.forEach(row -> row.line().setEnabled(!readOnly));
    }

    void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    Row add(String hubSpotValue, String salesforceValue) {
        ComboBox<String> hubSpot = combo("HubSpot value", hubSpotValues, hubSpotValue);
        ComboBox<String> salesforce = combo("Salesforce value", salesforceValues, salesforceValue);
        HorizontalLayout line = new HorizontalLayout(hubSpot, salesforce);
        Row row = new Row(hubSpot, salesforce, line);
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove translation");
        remove.addClickListener(
                click -> {
                    rows.remove(row);
                    table.remove(line);
                });
        line.add(remove);
        line.setEnabled(!readOnly);
        rows.add(row);
        table.add(line);
        return row;
    }

    private static ComboBox<String> combo(String label, List<String> values, String value) {
        ComboBox<String> combo = new ComboBox<>(label);
        List<String> items = new ArrayList<>(values);
        if (value != null && !items.contains(value)) {
            items.add(value);
        }
        combo.setItems(items);
        combo.setAllowCustomValue(true);
        combo.addCustomValueSetListener(
                custom -> {
                    List<String> more = new ArrayList<>(values);
                    more.add(custom.getDetail());
                    combo.setItems(more);
                    combo.setValue(custom.getDetail());
                });
        combo.setValue(value);
        return combo;
    }
}
