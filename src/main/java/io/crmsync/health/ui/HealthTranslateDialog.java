package io.crmsync.health.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.Plural;
import io.crmsync.health.ErrorGroup;
import io.crmsync.health.ErrorRemedyRejected;
import io.crmsync.health.SyncHealthService;
import io.crmsync.settings.MappingRejected;
import java.util.List;

/** B6 remedy: translate a group's refused picklist value to an allowed one, then resync it. */
class HealthTranslateDialog extends Dialog {

    final ComboBox<String> target = new ComboBox<>("Translate to");
    final Button apply = new Button("Save translation and resync");

    HealthTranslateDialog(SyncHealthService health, ErrorGroup group, Runnable done) {
        setHeaderTitle("Add a value translation");
        List<String> values;
        try {
            values = health.translationTargets(group);
        } catch (ErrorRemedyRejected | MappingRejected unavailable) {
            values = List.of();
        }
        target.setItems(values);
        target.setAllowCustomValue(true);
        target.addCustomValueSetListener(e -> target.setValue(e.getDetail()));
        target.setWidthFull();
        add(
                new Paragraph(
                        "Records whose %s is \"%s\" will send the value you choose instead. The mapping change is audited and versioned; then crmsync resyncs the group's %s."
                                .formatted(
                                        group.field(),
                                        group.value(),
                                        Plural.of(group.records(), "record", "records"))),
                target);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(
                click -> {
                    try {
                        int queued = health.translateValue(group, target.getValue());
                        Notifications.success(
                                "Translation saved; " + HealthDetails.queuedForResync(queued));
                        close();
                        done.run();
                    } catch (ErrorRemedyRejected | MappingRejected rejected) {
                        target.setErrorMessage(rejected.getMessage());
                        target.setInvalid(true);
                    }
                });
        getFooter().add(new Button("Cancel", click -> close()), apply);
    }
}
