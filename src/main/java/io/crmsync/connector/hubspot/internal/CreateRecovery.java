package io.crmsync.connector.hubspot.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.SyncFailure;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Batch create, never repeated blindly. The client re-sends a create only when HubSpot surely did
 * not run it (a 429, a refused connection). When the outcome is unknown (5xx, timeout, unreadable
 * answer) and every input carries an external id value (an email), the records are read back by
 * that id and only those absent are created again. Inputs without one fail as {@code
 * CREATE_OUTCOME_UNKNOWN}, for the engine to check before it tries again.
 */
public final class CreateRecovery {

    private final HubSpotClient client;
    private final CallBudget budget;
    private final int maxAttempts;

    public CreateRecovery(HubSpotClient client, CallBudget budget, HubSpotOptions options) {
        this.client = client;
        this.budget = budget;
        this.maxAttempts = Math.max(1, options.maxAttempts());
    }

    Map<String, WriteResult> create(String type, ApiRequest first, List<RecordWrite> inputs) {
        Map<String, WriteResult> done = new LinkedHashMap<>();
        List<RecordWrite> pending = inputs;
        ApiRequest request = first;
        for (int attempt = 1; ; attempt++) {
            try {
                done.putAll(
                        BatchResults.match(WriteOperation.CREATE, pending, client.send(request)));
                return done;
            } catch (HubSpotCallException e) {
                boolean recoverable =
                        e.failure().kind() == FailureKind.RETRYABLE
                                && attempt < maxAttempts
                                && sameKeyField(pending)
                                && budget.mayRetry(ExternalSystem.HUBSPOT);
                if (!e.mayHaveApplied() || e.failure().kind() != FailureKind.RETRYABLE) {
                    throw e;
                }
                if (!recoverable) {
                    throw unknownOutcome(e);
                }
                Map<String, String> existing = readBack(type, pending);
                List<RecordWrite> absent = new ArrayList<>();
                for (RecordWrite r : pending) {
                    String id = existing.get(key(r));
                    if (id == null) {
                        absent.add(r);
                    } else {
                        done.put(r.reference(), new WriteResult(r.reference(), id, true, null));
                    }
                }
                if (absent.isEmpty()) {
                    return done;
                }
                pending = absent;
                request =
                        ApiRequest.post(
                                        first.path(),
                                        Map.of(
                                                "inputs",
                                                BatchInputs.inputs(WriteOperation.CREATE, absent)),
                                        type,
                                        first.operation())
                                .notRepeatable();
            }
        }
    }

    /** The ids of the records that exist, by lower-cased external id value. */
    private Map<String, String> readBack(String type, List<RecordWrite> records) {
        String field = records.getFirst().externalIdField();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("properties", List.of(field));
        body.put("idProperty", field);
        body.put(
                "inputs",
                records.stream().map(r -> Map.of("id", BatchInputs.keyValue(r))).toList());
        JsonNode answer =
                client.send(
                        ApiRequest.post(
                                "/crm/v3/objects/" + type + "/batch/read",
                                body,
                                type,
                                "batch-read"));
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode result : answer.path("results")) {
            String value = result.path("properties").path(field).asString(null);
            if (value != null) {
                ids.put(value.toLowerCase(Locale.ROOT), result.path("id").asString());
            }
        }
        return ids;
    }

    private static boolean sameKeyField(List<RecordWrite> records) {
        String field = records.getFirst().externalIdField();
        return field != null
                && records.stream()
                        .allMatch(
                                r ->
                                        field.equals(r.externalIdField())
                                                && BatchInputs.keyValue(r) != null);
    }

    private static String key(RecordWrite record) {
        return BatchInputs.keyValue(record).toLowerCase(Locale.ROOT);
    }

    private static HubSpotCallException unknownOutcome(HubSpotCallException cause) {
        return new HubSpotCallException(
                new SyncFailure(
                        FailureKind.RETRYABLE,
                        ErrorType.CONNECTION,
                        "CREATE_OUTCOME_UNKNOWN",
                        "HubSpot may or may not have created these records ("
                                + cause.failure().code()
                                + "); check before creating them again",
                        List.of(),
                        null),
                cause.status(),
                true,
                cause);
    }
}
