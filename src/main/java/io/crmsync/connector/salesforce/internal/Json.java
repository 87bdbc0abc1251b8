package io.crmsync.connector.salesforce.internal;

import io.crmsync.spi.CrmRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reading Salesforce JSON into plain Java values and SPI records. */
final class Json {

    private static final DateTimeFormatter SF_DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    private Json() {}

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(item -> out.add(item.asString()));
        }
        return out;
    }

    /** A JSON value as a Java value: text, number, boolean, list, map, or null. */
    static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.asLong() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(value(item)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            if (!"attributes".equals(entry.getKey())) {
                map.put(entry.getKey(), value(entry.getValue()));
            }
        }
        return map;
    }

    /** Salesforce's {@code 2024-05-01T12:34:56.000+0000}, or ISO with Z or an offset. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, SF_DATETIME).toInstant();
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    /**
     * A query row as a record: the requested fields (parent relationships as nested maps), with
     * SystemModstamp, IsDeleted and LastModifiedById read when present.
     */
    static CrmRecord record(JsonNode row, String objectType, List<String> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : fields) {
            values.put(field, path(row, field));
        }
        String type = row.path("attributes").path("type").asString(objectType);
        return new CrmRecord(
                row.path("Id").asString(null),
                type,
                values,
                instant(row.path("SystemModstamp").asString(null)),
                row.path("IsDeleted").asBoolean(false),
                row.path("LastModifiedById").asString(null));
    }

    private static Object path(JsonNode row, String field) {
        JsonNode node = row;
        for (String part : field.split("\\.")) {
            node = node == null || node.isNull() ? null : node.get(part);
        }
        return value(node);
    }
}
