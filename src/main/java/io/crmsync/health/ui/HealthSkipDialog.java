package io.crmsync.health.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.Plural;
import io.crmsync.health.ErrorGroup;
import io.crmsync.health.ErrorRemedyRejected;
import io.crmsync.health.SyncHealthService;

/** B6 remedy: the group's records stop syncing the field, either way; then a resync. */
class HealthSkipDialog extends Dialog {

    final Paragraph problem = new Paragraph();
    final Button apply = new Button("Skip the field and resync");

    HealthSkipDialog(SyncHealthService health, ErrorGroup group, Runnable done) {
        setHeaderTitle("Skip the field for these records");
        add(
                new Paragraph(
                        "crmsync stops syncing %s, in both directions, for the group's %s only; every other field of these records still syncs. Each record's Records page lists its skipped fields, where an Editor can sync the field again. The change is audited and versioned."
                                .formatted(
                                        group.field(),
                                        Plural.of(group.records(), "record", "records"))),
                problem);
        problem.setVisible(false);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(
                click -> {
                    try {
                        int queued = health.skipField(group);
                        Notifications.success(
                                "Field skipped; " + HealthDetails.queuedForResync(queued));
                        close();
                        done.run();
                    } catch (ErrorRemedyRejected rejected) {
                        problem.setText(rejected.getMessage());
                        problem.setVisible(true);
                    }
                });
        getFooter().add(new Button("Cancel", click -> close()), apply);
    }
}
