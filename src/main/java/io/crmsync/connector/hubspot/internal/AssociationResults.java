package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import io.crmsync.spi.WriteResult;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Matches a v4 association batch answer to its pairs: a result (either {@code from}/{@code to} ids
 * or {@code fromObjectId}/{@code toObjectId}) marks its pair done; a 207 error entry fails the
 * pairs whose ids its {@code context} names.
 */
final class AssociationResults {

    private AssociationResults() {}

    static Map<String, WriteResult> match(List<AssociationWrite> pairs, JsonNode answer) {
        Set<String> done = new HashSet<>();
        if (answer != null) {
            for (JsonNode result : answer.path("results")) {
                done.add(key(ids(result, "from", "fromObjectId"), ids(result, "to", "toObjectId")));
            }
        }
        Map<String, WriteResult> results = new LinkedHashMap<>();
        for (AssociationWrite pair : pairs) {
            results.put(
                    pair.reference(),
                    done.contains(key(pair.fromId(), pair.toId()))
                            ? AssociationWriter.succeeded(pair)
                            : AssociationWriter.failed(pair, failure(pair, answer)));
        }
        return results;
    }

    private static SyncFailure failure(AssociationWrite pair, JsonNode answer) {
        if (answer != null) {
            for (JsonNode error : answer.path("errors")) {
                if (names(error.path("context"), pair.fromId())
                        || names(error.path("context"), pair.toId())) {
                    SyncFailure f = ErrorClassifier.recordFailure(207, error);
                    return new SyncFailure(
                            f.kind(),
                            ErrorType.ASSOCIATIONS,
                            f.code(),
                            f.message(),
                            f.fields(),
                            null);
                }
            }
        }
        return new SyncFailure(
                FailureKind.RETRYABLE,
                ErrorType.ASSOCIATIONS,
                "NO_RESULT",
                "HubSpot returned no result for this association",
                List.of(),
                null);
    }

    private static boolean names(JsonNode context, String id) {
        for (JsonNode values : context) {
            for (JsonNode value : values) {
                if (id.equals(value.asString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String ids(JsonNode result, String side, String objectIdField) {
        JsonNode id = result.path(side).path("id");
        return id.isMissingNode() ? result.path(objectIdField).asString() : id.asString();
    }

    private static String key(String fromId, String toId) {
        return fromId + "->" + toId;
    }
}
