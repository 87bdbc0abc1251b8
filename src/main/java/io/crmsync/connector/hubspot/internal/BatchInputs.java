package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.SyncFailure;
import io.crmsync.spi.WriteOperation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code inputs} of HubSpot's batch endpoints, built from {@link RecordWrite}s. */
final class BatchInputs {

    private BatchInputs() {}

    static String endpoint(WriteOperation operation) {
        return switch (operation) {
            case CREATE -> "create";
            case UPDATE -> "update";
            case UPSERT -> "upsert";
            case DELETE -> "archive";
        };
    }

    /** Why HubSpot could not take this input at all, or null when it can be sent. */
    static SyncFailure check(WriteOperation operation, RecordWrite record) {
        boolean hasId = record.id() != null && !record.id().isBlank();
        boolean hasKey = keyValue(record) != null;
        String missing =
                switch (operation) {
                    case CREATE -> null;
                    case UPDATE -> hasId || hasKey ? null : "an id or external id";
                    case UPSERT -> hasKey ? null : "a value for its external id field";
                    case DELETE -> hasId ? null : "an id";
                };
        return missing == null
                ? null
                : new SyncFailure(
                        FailureKind.RECORD_REJECTED,
                        ErrorType.PROPERTY_VALUES,
                        "MISSING_ID",
                        "A " + endpoint(operation) + " needs " + missing,
                        List.of(),
                        null);
    }

    static List<Map<String, Object>> inputs(WriteOperation operation, List<RecordWrite> records) {
        return records.stream().map(r -> input(operation, r)).toList();
    }

    private static Map<String, Object> input(WriteOperation operation, RecordWrite record) {
        Map<String, Object> input = new LinkedHashMap<>();
        if (operation == WriteOperation.DELETE) {
            input.put("id", record.id());
            return input;
        }
        boolean byId = record.id() != null && !record.id().isBlank();
        if (operation == WriteOperation.UPSERT || (operation == WriteOperation.UPDATE && !byId)) {
            input.put("id", keyValue(record));
            input.put("idProperty", record.externalIdField());
        } else if (operation == WriteOperation.UPDATE) {
            input.put("id", record.id());
        }
        input.put("properties", properties(record.fields()));
        input.put("objectWriteTraceId", record.reference());
        return input;
    }

    /** HubSpot takes every value as a string; an empty string clears a property. */
    static Map<String, String> properties(Map<String, Object> fields) {
        Map<String, String> properties = new LinkedHashMap<>();
        fields.forEach(
                (name, value) -> properties.put(name, value == null ? "" : value.toString()));
        return properties;
    }

    static String keyValue(RecordWrite record) {
        if (record.externalIdField() == null) {
            return null;
        }
        Object value = record.fields().get(record.externalIdField());
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
