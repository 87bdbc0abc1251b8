package io.crmsync.connector.salesforce.internal;

import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.SyncFailure;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Writes through sObject Collections, 200 records a call, {@code allOrNone=false}, and matches each
 * result to its input by position. Creates are never retried (a lost answer may hide a saved
 * record); callers that need retry-safe creates use {@link WriteOperation#UPSERT} on an external
 * id. A delete of an already deleted record counts as done, so that a retried delete is harmless.
 * When a whole call fails, its records get that failure; after a fatal or auth failure the
 * remaining chunks are not sent and get it too.
 */
final class CollectionWriter {

    static final int CHUNK = 200;

    private final SalesforceHttp http;

    CollectionWriter(SalesforceHttp http) {
        this.http = http;
    }

    List<WriteResult> write(String objectType, WriteOperation operation, List<RecordWrite> all) {
        Soql.name(objectType);
        List<WriteResult> results = new ArrayList<>(all.size());
        SyncFailure stop = null;
        for (List<RecordWrite> chunk : chunks(operation, all)) {
            if (stop != null) {
                for (RecordWrite write : chunk) {
                    results.add(new WriteResult(write.reference(), write.id(), false, stop));
                }
                continue;
            }
            try {
                results.addAll(
                        match(operation, chunk, http.execute(call(objectType, operation, chunk))));
            } catch (ConnectorException e) {
                for (RecordWrite write : chunk) {
                    results.add(new WriteResult(write.reference(), write.id(), false, e.failure()));
                }
                FailureKind kind = e.failure().kind();
                if (kind == FailureKind.FATAL || kind == FailureKind.AUTH_EXPIRED) {
                    stop = e.failure();
                }
            }
        }
        return results;
    }

    private static List<List<RecordWrite>> chunks(WriteOperation operation, List<RecordWrite> all) {
        Map<String, List<RecordWrite>> groups = new LinkedHashMap<>();
        for (RecordWrite write : all) {
            String key =
                    operation == WriteOperation.UPSERT ? Soql.name(write.externalIdField()) : "";
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(write);
        }
        List<List<RecordWrite>> chunks = new ArrayList<>();
        for (List<RecordWrite> group : groups.values()) {
            for (int from = 0; from < group.size(); from += CHUNK) {
                chunks.add(group.subList(from, Math.min(group.size(), from + CHUNK)));
            }
        }
        return chunks;
    }

    private static SfCall call(String type, WriteOperation operation, List<RecordWrite> chunk) {
        return switch (operation) {
            case CREATE ->
                    SfCall.write(
                            "POST",
                            "/composite/sobjects",
                            body(type, chunk, false),
                            type,
                            "collection-create",
                            false);
            case UPDATE ->
                    SfCall.write(
                            "PATCH",
                            "/composite/sobjects",
                            body(type, chunk, true),
                            type,
                            "collection-update",
                            true);
            case UPSERT ->
                    SfCall.write(
                            "PATCH",
                            "/composite/sobjects/"
                                    + type
                                    + "/"
                                    + chunk.getFirst().externalIdField(),
                            body(type, chunk, false),
                            type,
                            "collection-upsert",
                            true);
            case DELETE ->
                    SfCall.write(
                            "DELETE",
                            "/composite/sobjects?allOrNone=false&ids="
                                    + chunk.stream()
                                            .map(w -> Soql.name(w.id()))
                                            .collect(Collectors.joining(",")),
                            null,
                            type,
                            "collection-delete",
                            true);
        };
    }

    private static Map<String, Object> body(String type, List<RecordWrite> chunk, boolean withId) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (RecordWrite write : chunk) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("attributes", Map.of("type", type));
            if (withId) {
                record.put("id", write.id());
            }
            write.fields().forEach((name, value) -> record.put(Soql.name(name), value));
            records.add(record);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allOrNone", false);
        body.put("records", records);
        return body;
    }

    private static List<WriteResult> match(
            WriteOperation operation, List<RecordWrite> chunk, JsonNode answer) {
        List<WriteResult> out = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            RecordWrite write = chunk.get(i);
            JsonNode result = answer != null && answer.isArray() ? answer.get(i) : null;
            if (result == null) {
                out.add(
                        new WriteResult(
                                write.reference(),
                                write.id(),
                                false,
                                ErrorClassifier.transport(
                                        "MISSING_RESULT",
                                        "Salesforce returned no result for this record")));
                continue;
            }
            String id = result.path("id").asString(write.id());
            if (result.path("success").asBoolean(false)) {
                boolean created =
                        operation == WriteOperation.CREATE
                                || result.path("created").asBoolean(false);
                out.add(new WriteResult(write.reference(), id, created, null));
                continue;
            }
            JsonNode error = result.path("errors").path(0);
            String code = error.path("statusCode").asString("UNKNOWN_EXCEPTION");
            if (operation == WriteOperation.DELETE && "ENTITY_IS_DELETED".equals(code)) {
                out.add(new WriteResult(write.reference(), id, false, null));
                continue;
            }
            out.add(
                    new WriteResult(
                            write.reference(),
                            id,
                            false,
                            ErrorClassifier.record(
                                    code,
                                    error.path("message").asString(""),
                                    Json.strings(error.path("fields")),
                                    duplicateRule(error))));
        }
        return out;
    }

    /** The duplicate rule that blocked a save; Salesforce spells the key "duplicateResut". */
    private static String duplicateRule(JsonNode error) {
        for (String key : List.of("duplicateResut", "duplicateResult")) {
            String rule = error.path(key).path("duplicateRule").asString("");
            if (!rule.isBlank()) {
                return rule;
            }
        }
        return null;
    }
}
