package io.crmsync.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import io.crmsync.base.ExternalSystem;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.sandbox.SandboxRow;
import java.util.List;

/** The things a person does in a CRM that crmsync must react to: convert, merge, move a stage. */
final class PersonActions {

    private static final List<String> OPPORTUNITY_STAGES =
            List.of(
                    "Prospecting",
                    "Qualification",
                    "Needs Analysis",
                    "Proposal/Price Quote",
                    "Negotiation/Review",
                    "Closed Won",
                    "Closed Lost");
    private static final List<String> DEAL_STAGES =
            List.of(
                    "appointmentscheduled",
                    "qualifiedtobuy",
                    "presentationscheduled",
                    "decisionmakerboughtin",
                    "contractsent",
                    "closedwon",
                    "closedlost");
    private static final List<String> LIFECYCLE_STAGES =
            List.of(
                    "subscriber",
                    "lead",
                    "marketingqualifiedlead",
                    "salesqualifiedlead",
                    "opportunity",
                    "customer",
                    "evangelist",
                    "other");

    private PersonActions() {}

    static void addTo(RecordsPanel panel, SandboxRecordService records) {
        ExternalSystem system = panel.system();
        if (system == ExternalSystem.SALESFORCE) {
            panel.actions.add(
                    button(
                            "Convert lead",
                            () ->
                                    panel.selected()
                                            .ifPresent(
                                                    row ->
                                                            panel.act(
                                                                    () ->
                                                                            "Converted: "
                                                                                    + records
                                                                                            .convertLead(
                                                                                                    row
                                                                                                            .id(),
                                                                                                    true)))),
                    button(
                            "Move stage",
                            () ->
                                    panel.selected()
                                            .ifPresent(
                                                    row ->
                                                            new ValueDialog(
                                                                            "Move "
                                                                                    + row.id()
                                                                                    + " to a stage",
                                                                            "Stage",
                                                                            OPPORTUNITY_STAGES,
                                                                            "Move",
                                                                            stage ->
                                                                                    panel.act(
                                                                                            () ->
                                                                                                    moved(
                                                                                                            records
                                                                                                                    .moveStage(
                                                                                                                            system,
                                                                                                                            row
                                                                                                                                    .id(),
                                                                                                                            stage))))
                                                                    .open())),
                    button(
                            "Add contact role",
                            () ->
                                    panel.selected()
                                            .ifPresent(
                                                    row ->
                                                            new ValueDialog(
                                                                            "Add a contact to opportunity "
                                                                                    + row.id(),
                                                                            "Contact id",
                                                                            List.of(),
                                                                            "Add",
                                                                            contact ->
                                                                                    panel.act(
                                                                                            () ->
                                                                                                    "Added contact role "
                                                                                                            + records.addContactRole(
                                                                                                                            row
                                                                                                                                    .id(),
                                                                                                                            contact,
                                                                                                                            "Decision Maker",
                                                                                                                            true)
                                                                                                                    .id()))
                                                                    .open())),
                    merge(panel, records));
        } else {
            panel.actions.add(
                    button(
                            "Move deal stage",
                            () ->
                                    panel.selected()
                                            .ifPresent(
                                                    row ->
                                                            new ValueDialog(
                                                                            "Move deal "
                                                                                    + row.id()
                                                                                    + " to a stage",
                                                                            "Stage",
                                                                            DEAL_STAGES,
                                                                            "Move",
                                                                            stage ->
                                                                                    panel.act(
                                                                                            () ->
                                                                                                    moved(
                                                                                                            records
                                                                                                                    .moveStage(
                                                                                                                            system,
                                                                                                                            row
                                                                                                                                    .id(),
                                                                                                                            stage))))
                                                                    .open())),
                    button(
                            "Set lifecycle stage",
                            () ->
                                    panel.selected()
                                            .ifPresent(
                                                    row ->
                                                            new ValueDialog(
                                                                            "Lifecycle stage of "
                                                                                    + row.id(),
                                                                            "Stage",
                                                                            LIFECYCLE_STAGES,
                                                                            "Set",
                                                                            stage ->
                                                                                    panel.act(
                                                                                            () -> {
                                                                                                records
                                                                                                        .save(
                                                                                                                system,
                                                                                                                row
                                                                                                                        .type(),
                                                                                                                row
                                                                                                                        .id(),
                                                                                                                java
                                                                                                                        .util
                                                                                                                        .Map
                                                                                                                        .of(
                                                                                                                                "lifecyclestage",
                                                                                                                                stage));
                                                                                                return "Lifecycle stage set to "
                                                                                                        + stage
                                                                                                        + ".";
                                                                                            }))
                                                                    .open())),
                    merge(panel, records));
        }
    }

    private static Button merge(RecordsPanel panel, SandboxRecordService records) {
        return button(
                "Merge into…",
                () ->
                        panel.selected()
                                .ifPresent(
                                        row ->
                                                new ValueDialog(
                                                                "Merge "
                                                                        + row.id()
                                                                        + " into another record",
                                                                "Id of the record that stays",
                                                                List.of(),
                                                                "Merge",
                                                                master ->
                                                                        panel.act(
                                                                                () -> {
                                                                                    records.merge(
                                                                                            panel
                                                                                                    .system(),
                                                                                            row
                                                                                                    .type(),
                                                                                            master,
                                                                                            row
                                                                                                    .id());
                                                                                    return "Merged "
                                                                                            + row
                                                                                                    .id()
                                                                                            + " into "
                                                                                            + master
                                                                                            + ".";
                                                                                }))
                                                        .open()));
    }

    private static String moved(SandboxRow row) {
        return "Moved " + row.id() + ".";
    }

    private static Button button(String text, Runnable action) {
        return new Button(text, click -> action.run());
    }
}
