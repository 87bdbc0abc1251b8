package io.crmsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reconstructs the SOQL of a recorded query result from its records: the object from {@code
 * attributes.type}, the fields from the names, parent fields from nested records and subqueries
 * from nested query results.
 */
final class RecordedQueries {

    private RecordedQueries() {}

    /** The object the records are of, or null when there are none. */
    static String type(JsonNode result) {
        JsonNode first = result.path("records").path(0);
        return first.isMissingNode() ? null : first.path("attributes").path("type").asString();
    }

    static String soql(JsonNode result) {
        return "SELECT "
                + String.join(", ", fields(result.path("records"), ""))
                + " FROM "
                + type(result);
    }

    /**
     * Each relationship the records fill in, by name, with the object it points to; a record that
     * fills them in needs the parents to exist.
     */
    static Map<String, String> parents(JsonNode result) {
        Map<String, String> parents = new LinkedHashMap<>();
        for (JsonNode record : result.path("records")) {
            for (var field : record.properties()) {
                JsonNode value = field.getValue();
                if (!field.getKey().equals("attributes") && value.has("attributes")) {
                    parents.put(field.getKey(), value.path("attributes").path("type").asString());
                }
            }
        }
        return parents;
    }

    private static List<String> fields(Iterable<JsonNode> records, String prefix) {
        Map<String, JsonNode> seen = new LinkedHashMap<>();
        for (JsonNode record : records) {
            for (var field : record.properties()) {
                JsonNode value = field.getValue();
                if (!field.getKey().equals("attributes")
                        && (!seen.containsKey(field.getKey()) || !value.isNull())) {
                    seen.merge(field.getKey(), value, (old, now) -> old.isNull() ? now : old);
                }
            }
        }
        List<String> fields = new ArrayList<>();
        seen.forEach(
                (name, value) -> {
                    if (value.has("records")) {
                        fields.add(
                                "(SELECT "
                                        + String.join(", ", fields(value.path("records"), ""))
                                        + " FROM "
                                        + name
                                        + ")");
                    } else if (value.has("attributes")) {
                        fields.addAll(fields(List.of(value), prefix + name + "."));
                    } else {
                        fields.add(prefix + name);
                    }
                });
        return fields;
    }
}
