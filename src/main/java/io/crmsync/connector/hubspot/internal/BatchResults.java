package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.SyncFailure;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Maps a batch answer back to its inputs. HubSpot gives results in no particular order: a result is
 * matched by its {@code objectWriteTraceId} when echoed, else by id (update), by the id property's
 * value (upsert, or create with an external id), else by its written values; an error entry by the
 * trace ids in its {@code context}.
 */
final class BatchResults {

    private BatchResults() {}

    static Map<String, WriteResult> match(
            WriteOperation operation, List<RecordWrite> inputs, JsonNode body) {
        Map<String, WriteResult> results = new LinkedHashMap<>();
        if (operation == WriteOperation.DELETE) {
            inputs.forEach(
                    r ->
                            results.put(
                                    r.reference(),
                                    new WriteResult(r.reference(), r.id(), false, null)));
            return results;
        }
        List<RecordWrite> open = new ArrayList<>(inputs);
        if (body != null) {
            for (JsonNode error : body.path("errors")) {
                SyncFailure failure = ErrorClassifier.recordFailure(0, error);
                for (JsonNode trace : error.path("context").path("objectWriteTraceId")) {
                    take(open, r -> r.reference().equals(trace.asString()))
                            .ifPresent(
                                    r ->
                                            results.put(
                                                    r.reference(), BatchWriter.failed(r, failure)));
                }
            }
            for (JsonNode result : body.path("results")) {
                find(operation, open, result)
                        .ifPresent(
                                r -> results.put(r.reference(), succeeded(operation, r, result)));
            }
        }
        for (RecordWrite r : open) {
            // An upsert that changed nothing may come back without a result.
            results.put(
                    r.reference(),
                    operation == WriteOperation.UPSERT && body != null && !body.has("errors")
                            ? new WriteResult(r.reference(), r.id(), false, null)
                            : BatchWriter.failed(r, noResult()));
        }
        return results;
    }

    private static Optional<RecordWrite> find(
            WriteOperation operation, List<RecordWrite> open, JsonNode result) {
        String trace = result.path("objectWriteTraceId").asString(null);
        if (trace != null) {
            return take(open, r -> r.reference().equals(trace));
        }
        String id = result.path("id").asString();
        if (operation == WriteOperation.UPDATE) {
            var byId = take(open, r -> id.equals(r.id()));
            if (byId.isPresent()) {
                return byId;
            }
        }
        var byKey =
                take(
                        open,
                        r -> {
                            String key = BatchInputs.keyValue(r);
                            String value =
                                    result.path("properties")
                                            .path(r.externalIdField())
                                            .asString(null);
                            return key != null && key.equalsIgnoreCase(value);
                        });
        return byKey.isPresent()
                ? byKey
                : take(open, r -> sameValues(r, result.path("properties")));
    }

    private static boolean sameValues(RecordWrite record, JsonNode properties) {
        return BatchInputs.properties(record.fields()).entrySet().stream()
                .allMatch(
                        e -> {
                            String actual = properties.path(e.getKey()).asString(null);
                            return e.getValue().isEmpty()
                                    ? actual == null || actual.isEmpty()
                                    : e.getValue().equalsIgnoreCase(Objects.toString(actual, null));
                        });
    }

    private static Optional<RecordWrite> take(List<RecordWrite> open, Predicate<RecordWrite> test) {
        for (int i = 0; i < open.size(); i++) {
            if (test.test(open.get(i))) {
                return Optional.of(open.remove(i));
            }
        }
        return Optional.empty();
    }

    private static WriteResult succeeded(WriteOperation operation, RecordWrite r, JsonNode result) {
        boolean created =
                operation == WriteOperation.CREATE
                        || (operation == WriteOperation.UPSERT
                                && result.path("new").asBoolean(false));
        return new WriteResult(r.reference(), result.path("id").asString(), created, null);
    }

    private static SyncFailure noResult() {
        return new SyncFailure(
                FailureKind.RETRYABLE,
                ErrorType.CONNECTION,
                "NO_RESULT",
                "HubSpot's answer named neither a result nor an error for this input",
                List.of(),
                null);
    }
}
