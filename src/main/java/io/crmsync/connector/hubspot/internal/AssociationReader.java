package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.Association;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads v4 associations with {@code batch/read}, up to 1,000 source ids a call (HubSpot's limit for
 * this endpoint, higher than the 100 of its writes); ids that do not exist come back as a 207 error
 * entry and are left out.
 */
public final class AssociationReader {

    static final int READ_BATCH_SIZE = 1000;

    private final HubSpotClient client;

    public AssociationReader(HubSpotClient client) {
        this.client = client;
    }

    public List<Association> read(String fromType, Collection<String> fromIds, String toType) {
        List<String> ids = List.copyOf(fromIds);
        List<Association> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += READ_BATCH_SIZE) {
            List<Map<String, String>> inputs =
                    ids.subList(from, Math.min(ids.size(), from + READ_BATCH_SIZE)).stream()
                            .map(id -> Map.of("id", id))
                            .toList();
            JsonNode answer =
                    client.send(
                            ApiRequest.post(
                                    AssociationWriter.path(fromType, toType, "read"),
                                    Map.of("inputs", inputs),
                                    fromType,
                                    "association-read"));
            if (answer != null) {
                answer.path("results").forEach(result -> collect(result, found));
            }
        }
        return found;
    }

    private static void collect(JsonNode result, List<Association> into) {
        String fromId = result.path("from").path("id").asString();
        for (JsonNode target : result.path("to")) {
            List<String> labels = new ArrayList<>();
            for (JsonNode type : target.path("associationTypes")) {
                if (type.path("label").isString()) {
                    labels.add(type.path("label").asString());
                }
            }
            into.add(new Association(fromId, target.path("toObjectId").asString(), labels));
        }
    }
}
