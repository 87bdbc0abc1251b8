package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.store.SalesforceIds;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Defaults and the fields Salesforce computes itself (Name, IsClosed, IsWon, Probability...). */
final class Derivations {

    private static final Map<String, Integer> PROBABILITY =
            Map.of(
                    "Prospecting",
                    10,
                    "Qualification",
                    10,
                    "Needs Analysis",
                    20,
                    "Value Proposition",
                    50,
                    "Id. Decision Makers",
                    60,
                    "Perception Analysis",
                    70,
                    "Proposal/Price Quote",
                    75,
                    "Negotiation/Review",
                    90,
                    "Closed Won",
                    100,
                    "Closed Lost",
                    0);

    private Derivations() {}

    static void defaults(ObjectDef def, Map<String, Object> values, String userId) {
        for (FieldDef field : def.fields()) {
            if (field.defaultedOnCreate()
                    && field.defaultValue() != null
                    && values.get(field.name()) == null) {
                values.put(
                        field.name(),
                        switch (field.type()) {
                            case BOOLEAN -> Boolean.valueOf(field.defaultValue());
                            default -> field.defaultValue();
                        });
            }
        }
        if (def.field("OwnerId").isPresent() && values.get("OwnerId") == null) {
            values.put("OwnerId", userId);
        }
        if (def.field("IsDeleted").isPresent()) {
            values.put("IsDeleted", false);
        }
    }

    static void derive(ObjectDef def, Map<String, Object> values, Set<String> changed, long seq) {
        switch (def.name()) {
            case "Contact", "Lead", "User" -> {
                String first = (String) values.get("FirstName");
                String last = (String) values.get("LastName");
                values.put(
                        "Name",
                        ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip());
            }
            case "Opportunity" -> {
                String stage = (String) values.get("StageName");
                if (changed.contains("StageName") && !changed.contains("Probability")) {
                    values.put("Probability", PROBABILITY.getOrDefault(stage, 10).doubleValue());
                }
                values.put("IsClosed", stage != null && stage.startsWith("Closed"));
                values.put("IsWon", "Closed Won".equals(stage));
                values.put(
                        "ForecastCategoryName",
                        "Closed Won".equals(stage)
                                ? "Closed"
                                : "Closed Lost".equals(stage)
                                        ? "Omitted"
                                        : PROBABILITY.getOrDefault(stage, 10) >= 70
                                                ? "Commit"
                                                : "Pipeline");
            }
            case "Case" -> {
                boolean closed = "Closed".equals(values.get("Status"));
                values.put("IsClosed", closed);
                if (!closed) {
                    values.put("ClosedDate", null);
                }
                values.putIfAbsent("CaseNumber", String.format("%08d", 1000 + seq));
            }
            case "Task" -> values.put("IsClosed", "Completed".equals(values.get("Status")));
            case "CampaignMember" ->
                    values.put("HasResponded", "Responded".equals(values.get("Status")));
            default -> {}
        }
        for (String field : List.copyOf(values.keySet())) {
            Object value = values.get(field);
            if (field.endsWith("Id") && value instanceof String id && id.length() == 15) {
                values.put(field, SalesforceIds.normalize(id).orElse(id));
            }
        }
    }
}
