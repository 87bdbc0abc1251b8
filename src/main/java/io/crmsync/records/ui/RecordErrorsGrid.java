package io.crmsync.records.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.crmsync.base.ui.UserTime;
import io.crmsync.sync.RecordErrorSummary;
import java.util.List;

/** What keeps the record from syncing now, per side, code and field. */
class RecordErrorsGrid extends Composite<Grid<RecordErrorSummary>> {

    RecordErrorsGrid(List<RecordErrorSummary> errors) {
        Grid<RecordErrorSummary> grid = getContent();
        grid.addColumn(e -> e.type().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(RecordErrorSummary::code).setHeader("Code").setAutoWidth(true);
        grid.addColumn(RecordErrorSummary::message).setHeader("Message").setFlexGrow(1);
        grid.addColumn(RecordErrorSummary::field).setHeader("Field").setAutoWidth(true);
        grid.addColumn(RecordErrorSummary::value).setHeader("Value").setAutoWidth(true);
        grid.addColumn(e -> UserTime.format(e.firstSeen()))
                .setHeader("First seen")
                .setAutoWidth(true);
        grid.addColumn(e -> UserTime.format(e.lastTried()))
                .setHeader("Last tried")
                .setAutoWidth(true);
        grid.addColumn(RecordErrorSummary::attempts).setHeader("Attempts").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(errors);
    }
}
