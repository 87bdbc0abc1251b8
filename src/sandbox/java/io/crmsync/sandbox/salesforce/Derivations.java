package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.schema.SalesProcesses;
import io.crmsync.sandbox.salesforce.store.SalesforceIds;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Defaults and the fields Salesforce computes itself (Name, IsClosed, IsWon, Probability...). */
final class Derivations {

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
        if (def.field("RecordTypeId").isPresent() && values.get("RecordTypeId") == null) {
            values.put("RecordTypeId", SalesProcesses.defaultRecordType().id());
        }
    }

    /**
     * Probability and ForecastCategoryName follow a new stage unless the write sets them too;
     * IsClosed and IsWon always follow the stage.
     */
    private static void opportunity(Map<String, Object> values, Set<String> changed) {
        var stage = SalesProcesses.stage((String) values.get("StageName"));
        if (changed.contains("StageName")) {
            stage.ifPresent(
                    s -> {
                        if (!changed.contains("Probability")) {
                            values.put("Probability", s.probability());
                        }
                        if (!changed.contains("ForecastCategoryName")) {
                            values.put("ForecastCategoryName", s.forecastCategoryName());
                        }
                    });
        }
        values.put("IsClosed", stage.map(SalesProcesses.Stage::closed).orElse(false));
        values.put("IsWon", stage.map(SalesProcesses.Stage::won).orElse(false));
        values.put(
                "ForecastCategory",
                SalesProcesses.forecastCategory((String) values.get("ForecastCategoryName")));
        values.put(
                "ExpectedRevenue",
                values.get("Amount") instanceof Number amount
                                && values.get("Probability") instanceof Number probability
                        ? amount.doubleValue() * probability.doubleValue() / 100
                        : null);
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
            case "Opportunity" -> opportunity(values, changed);
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
