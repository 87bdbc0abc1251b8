package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deal and ticket pipelines, with HubSpot's stage ids, labels and metadata: the default "Sales
 * Pipeline" and a custom "Renewals" pipeline with numeric ids, as a portal's own pipelines have.
 */
final class Pipelines {

    /**
     * One stage; {@code probability} is the deal stage's metadata, null for a ticket stage. A deal
     * stage of probability 1.0 is closed won, as HubSpot's {@code hs_is_closed_won} computes.
     */
    record Stage(String id, String label, boolean closed, String probability) {

        boolean won() {
            return probability != null && Double.parseDouble(probability) >= 1;
        }
    }

    /** One pipeline; {@code createdAt} 0 for the portal's built-in pipelines. */
    record Pipeline(String id, String label, int displayOrder, long createdAt, List<Stage> stages) {

        Optional<Stage> stage(String stageId) {
            return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
        }
    }

    static final Pipeline DEALS =
            new Pipeline(
                    "default",
                    "Sales Pipeline",
                    0,
                    0,
                    List.of(
                            new Stage(
                                    "appointmentscheduled", "Appointment Scheduled", false, "0.2"),
                            new Stage("qualifiedtobuy", "Qualified To Buy", false, "0.4"),
                            new Stage(
                                    "presentationscheduled",
                                    "Presentation Scheduled",
                                    false,
                                    "0.6"),
                            new Stage(
                                    "decisionmakerboughtin",
                                    "Decision Maker Bought-In",
                                    false,
                                    "0.8"),
                            new Stage("contractsent", "Contract Sent", false, "0.9"),
                            new Stage("closedwon", "Closed Won", true, "1.0"),
                            new Stage("closedlost", "Closed Lost", true, "0.0")));

    /** Made in the portal on 2024-02-12. */
    static final Pipeline RENEWALS =
            new Pipeline(
                    "751398117",
                    "Renewals",
                    1,
                    1_707_730_211_503L,
                    List.of(
                            new Stage("751398118", "Renewal Due", false, "0.3"),
                            new Stage("751398119", "Renewal Quote Sent", false, "0.6"),
                            new Stage("751398120", "Renewal Negotiation", false, "0.8"),
                            new Stage("751398121", "Renewed", true, "1.0"),
                            new Stage("751398122", "Churned", true, "0.0")));

    static final List<Pipeline> DEAL_PIPELINES = List.of(DEALS, RENEWALS);

    static final Pipeline TICKETS =
            new Pipeline(
                    "0",
                    "Support Pipeline",
                    0,
                    0,
                    List.of(
                            new Stage("1", "New", false, null),
                            new Stage("2", "Waiting on contact", false, null),
                            new Stage("3", "Waiting on us", false, null),
                            new Stage("4", "Closed", true, null)));

    private Pipelines() {}

    /** The pipelines of {@code deals} or {@code tickets}; empty for other types. */
    static List<Pipeline> of(ObjectType type) {
        return switch (type.id()) {
            case "0-3" -> DEAL_PIPELINES;
            case "0-5" -> List.of(TICKETS);
            default -> List.of();
        };
    }

    /** A deal stage of any deal pipeline; stage ids are unique across a portal's pipelines. */
    static Optional<Stage> dealStage(String id) {
        return DEAL_PIPELINES.stream().flatMap(p -> p.stage(id).stream()).findFirst();
    }

    static Optional<Pipeline> dealPipeline(String id) {
        return DEAL_PIPELINES.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    static Map<String, Object> toJson(Pipeline pipeline, boolean tickets) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", pipeline.label());
        json.put("displayOrder", pipeline.displayOrder());
        json.put("id", pipeline.id());
        List<Map<String, Object>> stages = new ArrayList<>();
        for (int i = 0; i < pipeline.stages().size(); i++) {
            stages.add(stageJson(pipeline, pipeline.stages().get(i), i, tickets));
        }
        json.put("stages", stages);
        json.put("createdAt", stamp(pipeline));
        json.put("updatedAt", stamp(pipeline));
        json.put("archived", false);
        return json;
    }

    /** Built-in pipelines show the epoch without milliseconds, as recorded. */
    private static String stamp(Pipeline pipeline) {
        return pipeline.createdAt() == 0 ? "1970-01-01T00:00:00Z" : Times.iso(pipeline.createdAt());
    }

    static Map<String, Object> stageJson(
            Pipeline pipeline, Stage stage, int order, boolean tickets) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", stage.label());
        json.put("displayOrder", order);
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (tickets) {
            metadata.put("ticketState", stage.closed() ? "CLOSED" : "OPEN");
        } else {
            metadata.put("isClosed", String.valueOf(stage.closed()));
            metadata.put("probability", stage.probability());
        }
        json.put("metadata", metadata);
        json.put("id", stage.id());
        json.put("createdAt", stamp(pipeline));
        json.put("updatedAt", stamp(pipeline));
        json.put("writePermissions", "CRM_PERMISSIONS_ENFORCEMENT");
        json.put("archived", false);
        return json;
    }
}
