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
import io.crmsync.settings.FieldKinds;
import io.crmsync.settings.MappingChoice;
import io.crmsync.settings.MappingRejected;
import java.util.Optional;

/**
 * B6 remedy: the field's mapping writes a default value to Salesforce where the HubSpot value is
 * blank or unusable; then a resync. The service checks the value against the field.
 */
class HealthDefaultDialog extends Dialog {

    final ComboBox<String> value = new ComboBox<>("Default value");
    final Button apply = new Button("Save default and resync");

    HealthDefaultDialog(SyncHealthService health, ErrorGroup group, Runnable done) {
        setHeaderTitle("Use a default value");
        Optional<MappingChoice> target;
        try {
            target = health.remedyTarget(group);
        } catch (RuntimeException unavailable) {
            target = Optional.empty();
        }
        target.ifPresent(
                t -> {
                    value.setItems(t.values());
                    value.setHelperText(
                            "%s is %s field%s."
                                    .formatted(
                                            t.caption(),
                                            FieldKinds.withArticle(t.type()),
                                            t.length() > 0
                                                    ? " of at most %,d characters"
                                                            .formatted(t.length())
                                                    : ""));
                });
        value.setAllowCustomValue(true);
        value.addCustomValueSetListener(e -> value.setValue(e.getDetail()));
        value.setWidthFull();
        add(
                new Paragraph(
                        "Whenever a HubSpot contact's value for %s is blank or cannot be written to Salesforce, crmsync writes this value instead. The mapping change is audited and versioned; then crmsync resyncs the group's %s."
                                .formatted(
                                        group.field(),
                                        Plural.of(group.records(), "record", "records"))),
                value);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(
                click -> {
                    try {
                        int queued = health.useDefault(group, value.getValue());
                        Notifications.success(
                                "Default saved; " + HealthDetails.queuedForResync(queued));
                        close();
                        done.run();
                    } catch (ErrorRemedyRejected | MappingRejected rejected) {
                        value.setErrorMessage(rejected.getMessage());
                        value.setInvalid(true);
                    }
                });
        getFooter().add(new Button("Cancel", click -> close()), apply);
    }
}
