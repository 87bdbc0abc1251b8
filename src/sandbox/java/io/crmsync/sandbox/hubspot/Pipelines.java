package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The default deal and ticket pipelines, with HubSpot's stage ids, labels and metadata. */
final class Pipelines {

    record Stage(String id, String label, boolean closed, String probability) {}

    record Pipeline(String id, String label, List<Stage> stages) {}

    static final Pipeline DEALS =
            new Pipeline(
                    "default",
                    "Sales Pipeline",
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

    static final Pipeline TICKETS =
            new Pipeline(
                    "0",
                    "Support Pipeline",
                    List.of(
                            new Stage("1", "New", false, null),
                            new Stage("2", "Waiting on contact", false, null),
                            new Stage("3", "Waiting on us", false, null),
                            new Stage("4", "Closed", true, null)));

    private Pipelines() {}

    /** The pipelines of {@code deals} or {@code tickets}; empty for other types. */
    static List<Pipeline> of(ObjectType type) {
        return switch (type.id()) {
            case "0-3" -> List.of(DEALS);
            case "0-5" -> List.of(TICKETS);
            default -> List.of();
        };
    }

    static Optional<Stage> dealStage(String id) {
        return DEALS.stages().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    static Map<String, Object> toJson(Pipeline pipeline, boolean tickets) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", pipeline.label());
        json.put("displayOrder", 0);
        json.put("id", pipeline.id());
        List<Map<String, Object>> stages = new ArrayList<>();
        for (int i = 0; i < pipeline.stages().size(); i++) {
            stages.add(stageJson(pipeline.stages().get(i), i, tickets));
        }
        json.put("stages", stages);
        json.put("createdAt", "1970-01-01T00:00:00Z");
        json.put("updatedAt", "1970-01-01T00:00:00Z");
        json.put("archived", false);
        return json;
    }

    static Map<String, Object> stageJson(Stage stage, int order, boolean tickets) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", stage.label());
        json.put("displayOrder", order);
        json.put(
                "metadata",
                tickets
                        ? Map.of("ticketState", stage.closed() ? "CLOSED" : "OPEN")
                        : Map.of(
                                "isClosed",
                                String.valueOf(stage.closed()),
                                "probability",
                                stage.probability()));
        json.put("id", stage.id());
        json.put("createdAt", "1970-01-01T00:00:00Z");
        json.put("updatedAt", "1970-01-01T00:00:00Z");
        json.put("writePermissions", "CRM_PERMISSIONS_ENFORCEMENT");
        json.put("archived", false);
        return json;
    }
}
