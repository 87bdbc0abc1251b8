package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.CrmRecord;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * HubSpot object JSON ({@code id}, {@code properties}, {@code updatedAt}) as {@link CrmRecord}s.
 */
public final class Records {

    private Records() {}

    /** The property HubSpot stamps on every write: contacts differ from all other objects. */
    public static String modifiedProperty(String objectType) {
        return "contacts".equals(objectType) || "0-1".equals(objectType)
                ? "lastmodifieddate"
                : "hs_lastmodifieddate";
    }

    /**
     * The record, with the requested fields only (all returned properties when {@code fields} is
     * empty); {@code deleted} when HubSpot says it is archived.
     */
    public static CrmRecord toRecord(String objectType, JsonNode object, List<String> fields) {
        JsonNode properties = object.path("properties");
        Map<String, Object> values = new LinkedHashMap<>();
        if (fields == null || fields.isEmpty()) {
            properties.properties().forEach(e -> values.put(e.getKey(), value(e.getValue())));
        } else {
            for (String field : fields) {
                values.put(field, value(properties.get(field)));
            }
        }
        boolean archived = object.path("archived").asBoolean(false);
        Instant modified =
                archived && object.hasNonNull("archivedAt")
                        ? instant(object.get("archivedAt").asString())
                        : instant(properties.path(modifiedProperty(objectType)).asString(null));
        if (modified == null) {
            modified = instant(object.path("updatedAt").asString(null));
        }
        return new CrmRecord(
                object.path("id").asString(), objectType, values, modified, archived, null);
    }

    public static List<CrmRecord> toRecords(
            String objectType, JsonNode results, List<String> fields) {
        return results.valueStream().map(o -> toRecord(objectType, o, fields)).toList();
    }

    static Object value(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(text));
            } catch (NumberFormatException notMillis) {
                return null;
            }
        }
    }
}
