package io.crmsync.records.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.crmsync.sync.RecordField;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The mapped fields with each side's value, the differing and the skipped ones marked. */
class RecordFieldsGrid extends Composite<Grid<RecordField>> {

    /**
     * @param skipped the HubSpot properties not synced for this record
     */
    RecordFieldsGrid(List<RecordField> fields, Set<String> skipped) {
        Grid<RecordField> grid = getContent();
        grid.addColumn(RecordField::hubSpotProperty)
                .setHeader("HubSpot property")
                .setAutoWidth(true);
        grid.addColumn(value(RecordField::hubSpotValue)).setHeader("HubSpot value").setFlexGrow(1);
        grid.addColumn(value(RecordField::salesforceValue))
                .setHeader("Salesforce value")
                .setFlexGrow(1);
        grid.addColumn(RecordField::salesforceField)
                .setHeader("Salesforce field")
                .setAutoWidth(true);
        grid.addColumn(f -> f.rule().label()).setHeader("Rule").setAutoWidth(true);
        grid.addColumn(
                        new ComponentRenderer<>(
                                f -> {
                                    if (skipped.contains(f.hubSpotProperty())) {
                                        Span badge = new Span("Not synced for this record");
                                        badge.getElement().getThemeList().add("badge contrast");
                                        return badge;
                                    }
                                    if (f.remedy() != null) {
                                        Span badge = new Span(f.remedy());
                                        badge.getElement().getThemeList().add("badge");
                                        badge.setTitle(
                                                "The values differ because the mapping says so");
                                        return badge;
                                    }
                                    Span badge = new Span(f.differs() ? "Differs" : "");
                                    if (f.differs()) {
                                        badge.getElement().getThemeList().add("badge error");
                                    }
                                    return badge;
                                }))
                .setHeader("")
                .setAutoWidth(true);
        grid.setPartNameGenerator(f -> f.differs() ? "differs" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(fields);
    }

    List<RecordField> differing() {
        return getContent().getListDataView().getItems().filter(RecordField::differs).toList();
    }

    private static ComponentRenderer<Span, RecordField> value(Function<RecordField, String> of) {
        return new ComponentRenderer<>(
                f -> {
                    Span value = new Span(of.apply(f) == null ? "" : of.apply(f));
                    if (f.differs()) {
                        value.addClassName("error-text");
                    }
                    return value;
                });
    }
}
