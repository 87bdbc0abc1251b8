package io.crmsync.records.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.crmsync.base.ui.UserTime;
import io.crmsync.sync.RecordProvenanceEntry;
import java.util.List;

/** Each value crmsync wrote to the record, newest first: when, what, from where, and why. */
class RecordProvenanceGrid extends Composite<Grid<RecordProvenanceEntry>> {

    RecordProvenanceGrid(List<RecordProvenanceEntry> entries) {
        Grid<RecordProvenanceEntry> grid = getContent();
        grid.addColumn(p -> UserTime.format(p.writtenAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(RecordProvenanceEntry::field).setHeader("Field").setAutoWidth(true);
        grid.addColumn(RecordProvenanceEntry::value).setHeader("Value").setFlexGrow(1);
        grid.addColumn(p -> p.source().label() + " → " + p.target().label())
                .setHeader("From → to")
                .setAutoWidth(true);
        grid.addColumn(RecordProvenanceEntry::rule).setHeader("Rule").setAutoWidth(true);
        grid.addColumn(p -> p.runId() == null ? "" : "#" + p.runId())
                .setHeader("Run")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("20em");
        grid.setItems(entries);
    }
}
