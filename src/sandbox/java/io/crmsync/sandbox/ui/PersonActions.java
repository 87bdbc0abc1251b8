package io.crmsync.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import io.crmsync.base.ExternalSystem;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.sandbox.SandboxRow;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The things a person does in a CRM that crmsync must react to: convert, merge, move a stage. */
final class PersonActions {

    private static final List<String> OPPORTUNITY_STAGES =
            List.of(
                    "Prospecting",
                    "Qualification",
                    "Needs Analysis",
                    "Value Proposition",
                    "Id. Decision Makers",
                    "Perception Analysis",
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
                    "closedlost",
                    "751398118",
                    "751398119",
                    "751398120",
                    "751398121",
                    "751398122");
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
        BiFunction<SandboxRow, String, String> merge =
                (row, master) -> {
                    records.merge(system, row.type(), master, row.id());
                    return "Merged " + row.id() + " into " + master + ".";
                };
        BiFunction<SandboxRow, String, String> moveStage =
                (row, stage) ->
                        "Moved "
                                + records.moveStage(system, row.id(), stage).id()
                                + " to "
                                + stage
                                + ".";
        if (system == ExternalSystem.SALESFORCE) {
            panel.addAction(
                    direct(
                            panel,
                            "Convert lead",
                            row -> "Converted: " + records.convertLead(row.id(), true)),
                    "Lead");
            panel.addAction(
                    ask(panel, "Move stage", "Stage", OPPORTUNITY_STAGES, moveStage),
                    "Opportunity");
            panel.addAction(
                    ask(
                            panel,
                            "Add contact role",
                            "Contact id",
                            List.of(),
                            (row, contact) ->
                                    "Added contact role "
                                            + records.addContactRole(
                                                            row.id(),
                                                            contact,
                                                            "Decision Maker",
                                                            true)
                                                    .id()
                                            + "."),
                    "Opportunity");
            panel.addAction(
                    ask(panel, "Merge into…", "Id of the record that stays", List.of(), merge),
                    "Contact",
                    "Lead",
                    "Account");
        } else {
            panel.addAction(
                    ask(panel, "Move deal stage", "Stage", DEAL_STAGES, moveStage), "deals");
            panel.addAction(
                    ask(
                            panel,
                            "Set lifecycle stage",
                            "Stage",
                            LIFECYCLE_STAGES,
                            (row, stage) -> {
                                records.save(
                                        system,
                                        row.type(),
                                        row.id(),
                                        Map.of("lifecyclestage", stage));
                                return "Lifecycle stage set to " + stage + ".";
                            }),
                    "contacts",
                    "companies");
            panel.addAction(
                    ask(panel, "Merge into…", "Id of the contact that stays", List.of(), merge),
                    "contacts");
        }
    }

    /** An action on the selected record that needs no further input. */
    private static Button direct(
            RecordsPanel panel, String text, Function<SandboxRow, String> action) {
        return new Button(
                text,
                click -> panel.selected().ifPresent(row -> panel.act(() -> action.apply(row))));
    }

    /** An action on the selected record that first asks for one value. */
    private static Button ask(
            RecordsPanel panel,
            String text,
            String label,
            List<String> suggestions,
            BiFunction<SandboxRow, String, String> action) {
        return new Button(
                text,
                click ->
                        panel.selected()
                                .ifPresent(
                                        row ->
                                                new ValueDialog(
                                                                text + " — " + row.id(),
                                                                label,
                                                                suggestions,
                                                                text,
                                                                value ->
                                                                        panel.act(
                                                                                () ->
                                                                                        action
                                                                                                .apply(
                                                                                                        row,
                                                                                                        value)))
                                                        .open()));
    }
}
