package io.crmsync.records.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.UserTime;
import io.crmsync.records.SyncRecordService;
import io.crmsync.sync.FieldSkip;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields a Sync Health remedy stopped syncing for this record; Editors and Admins sync them
 * again.
 */
class RecordSkipsGrid extends Composite<Grid<FieldSkip>> {

    private final SyncRecordService records;
    private final List<FieldSkip> skips;
    private final boolean mayChange;

    RecordSkipsGrid(SyncRecordService records, List<FieldSkip> skipped, boolean mayChange) {
        this.records = records;
        this.skips = new ArrayList<>(skipped);
        this.mayChange = mayChange;
        Grid<FieldSkip> grid = getContent();
        grid.addColumn(FieldSkip::hubSpotProperty).setHeader("HubSpot property").setAutoWidth(true);
        grid.addColumn(FieldSkip::salesforceField).setHeader("Salesforce field").setAutoWidth(true);
        grid.addColumn(FieldSkip::reason).setHeader("Skipped for").setAutoWidth(true);
        grid.addColumn(FieldSkip::createdBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(s -> UserTime.format(s.createdAt())).setHeader("Since").setAutoWidth(true);
        grid.addComponentColumn(
                        s -> {
                            Button sync = new Button("Sync this field again");
                            sync.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            sync.setEnabled(mayChange);
                            if (!mayChange) {
                                sync.setTooltipText("Only Editors and Admins may change the sync");
                            }
                            sync.addClickListener(click -> remove(s));
                            return sync;
                        })
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(skips);
    }

    boolean mayChange() {
        return mayChange;
    }

    List<FieldSkip> skips() {
        return List.copyOf(skips);
    }

    void remove(FieldSkip skip) {
        records.removeSkip(skip.id());
        skips.remove(skip);
        getContent().setItems(skips);
        Notifications.success(
                skip.hubSpotProperty() + " syncs again for this record; it is queued to sync now.");
    }
}
