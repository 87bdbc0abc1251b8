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
import io.crmsync.settings.MappingChoice;
import io.crmsync.settings.MappingRejected;
import java.util.Optional;

/** B6 remedy: the field's mapping truncates text to the target field's length; then a resync. */
class HealthTruncateDialog extends Dialog {

    final Paragraph length = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Button apply = new Button("Truncate and resync");

    HealthTruncateDialog(SyncHealthService health, ErrorGroup group, Runnable done) {
        setHeaderTitle("Truncate to the field's length");
        Optional<MappingChoice> target;
        try {
            target = health.remedyTarget(group);
        } catch (RuntimeException unavailable) {
            target = Optional.empty();
        }
        length.setText(
                target.filter(t -> t.length() > 0)
                        .map(
                                t ->
                                        "%s takes at most %,d characters. Longer values of every record are cut to %,d characters before they are written."
                                                .formatted(t.caption(), t.length(), t.length()))
                        .orElse(
                                "The field's length could not be read now; values will be cut to"
                                        + " the length its CRM reports when they are written."));
        add(
                length,
                new Paragraph(
                        "The mapping change is audited and versioned; then crmsync resyncs the group's %s."
                                .formatted(Plural.of(group.records(), "record", "records"))),
                problem);
        problem.addClassName("form-error");
        problem.setVisible(false);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(
                click -> {
                    try {
                        int queued = health.truncateField(group);
                        Notifications.success(
                                "The mapping now truncates; "
                                        + HealthDetails.queuedForResync(queued));
                        close();
                        done.run();
                    } catch (ErrorRemedyRejected | MappingRejected rejected) {
                        problem.setText(rejected.getMessage());
                        problem.setVisible(true);
                    }
                });
        getFooter().add(new Button("Cancel", click -> close()), apply);
    }
}
