package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import io.crmsync.spi.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Creates and removes v4 associations, 100 pairs a call: unlabelled pairs through {@code
 * batch/associate/default}, labelled ones through {@code batch/create}, removals through {@code
 * batch/archive}. Results are matched back to references by their ids, whatever their order.
 *
 * <p>A call refused as a whole (a 404 for one unknown id fails a default batch) wrote nothing, so
 * it is split in halves until the refused pairs are alone, as {@link BatchWriter} does for records.
 */
public final class AssociationWriter {

    static final int BATCH_SIZE = 100;

    private final HubSpotClient client;

    public AssociationWriter(HubSpotClient client) {
        this.client = client;
    }

    static String path(String fromType, String toType, String endpoint) {
        return "/crm/v4/associations/" + fromType + "/" + toType + "/batch/" + endpoint;
    }

    public List<WriteResult> associate(
            String fromType, String toType, List<AssociationWrite> pairs) {
        Map<String, WriteResult> results = new HashMap<>();
        List<AssociationWrite> defaults =
                pairs.stream().filter(AssociationWrite::isDefault).toList();
        List<AssociationWrite> labelled = pairs.stream().filter(p -> !p.isDefault()).toList();
        inChunks(
                defaults,
                chunk -> send(chunk, c -> created(fromType, toType, "associate/default", c)),
                results);
        inChunks(
                labelled,
                chunk -> send(chunk, c -> created(fromType, toType, "create", c)),
                results);
        return pairs.stream().map(p -> results.get(p.reference())).toList();
    }

    public List<WriteResult> dissociate(
            String fromType, String toType, List<AssociationWrite> pairs) {
        Map<String, WriteResult> results = new HashMap<>();
        inChunks(pairs, chunk -> send(chunk, c -> archived(fromType, toType, c)), results);
        return pairs.stream().map(p -> results.get(p.reference())).toList();
    }

    private static void inChunks(
            List<AssociationWrite> pairs,
            Function<List<AssociationWrite>, Map<String, WriteResult>> send,
            Map<String, WriteResult> into) {
        for (int from = 0; from < pairs.size(); from += BATCH_SIZE) {
            into.putAll(send.apply(pairs.subList(from, Math.min(pairs.size(), from + BATCH_SIZE))));
        }
    }

    private static Map<String, WriteResult> send(
            List<AssociationWrite> pairs,
            Function<List<AssociationWrite>, Map<String, WriteResult>> call) {
        try {
            return call.apply(pairs);
        } catch (ConnectorException e) {
            if (e.failure().kind() != FailureKind.RECORD_REJECTED) {
                throw e;
            }
            Map<String, WriteResult> results = new LinkedHashMap<>();
            if (pairs.size() == 1) {
                results.put(pairs.getFirst().reference(), failed(pairs.getFirst(), e.failure()));
                return results;
            }
            int half = pairs.size() / 2;
            results.putAll(send(pairs.subList(0, half), call));
            results.putAll(send(pairs.subList(half, pairs.size()), call));
            return results;
        }
    }

    private Map<String, WriteResult> created(
            String fromType, String toType, String endpoint, List<AssociationWrite> pairs) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (AssociationWrite pair : pairs) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("from", Map.of("id", pair.fromId()));
            input.put("to", Map.of("id", pair.toId()));
            if (!pair.isDefault()) {
                input.put("types", List.of(type(pair)));
            }
            inputs.add(input);
        }
        JsonNode answer =
                client.send(
                        ApiRequest.post(
                                path(fromType, toType, endpoint),
                                Map.of("inputs", inputs),
                                fromType,
                                "association-" + endpoint.replace('/', '-')));
        return AssociationResults.match(pairs, answer);
    }

    private Map<String, WriteResult> archived(
            String fromType, String toType, List<AssociationWrite> pairs) {
        Map<String, List<Map<String, String>>> targets = new LinkedHashMap<>();
        for (AssociationWrite pair : pairs) {
            targets.computeIfAbsent(pair.fromId(), id -> new ArrayList<>())
                    .add(Map.of("id", pair.toId()));
        }
        List<Map<String, Object>> inputs = new ArrayList<>();
        targets.forEach((fromId, to) -> inputs.add(Map.of("from", Map.of("id", fromId), "to", to)));
        client.send(
                ApiRequest.post(
                        path(fromType, toType, "archive"),
                        Map.of("inputs", inputs),
                        fromType,
                        "association-archive"));
        Map<String, WriteResult> results = new LinkedHashMap<>();
        pairs.forEach(p -> results.put(p.reference(), succeeded(p)));
        return results;
    }

    private static Map<String, Object> type(AssociationWrite pair) {
        Map<String, Object> type = new LinkedHashMap<>();
        type.put(
                "associationCategory",
                pair.category() == null ? "HUBSPOT_DEFINED" : pair.category());
        type.put("associationTypeId", pair.typeId());
        return type;
    }

    static WriteResult succeeded(AssociationWrite pair) {
        return new WriteResult(pair.reference(), pair.toId(), true, null);
    }

    static WriteResult failed(AssociationWrite pair, SyncFailure failure) {
        return new WriteResult(pair.reference(), pair.toId(), false, failure);
    }
}
