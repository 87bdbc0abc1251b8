package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.CrmRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Archived records, which search never shows: {@code GET /crm/v3/objects/{type}?archived=true}, 100
 * a page. HubSpot cannot filter this list by time, so every page is read.
 */
final class ArchivedLister {

    private final HubSpotClient client;

    ArchivedLister(HubSpotClient client) {
        this.client = client;
    }

    List<CrmRecord> list(String type, List<String> fields) {
        List<CrmRecord> records = new ArrayList<>();
        String after = null;
        do {
            Map<String, List<String>> query = new LinkedHashMap<>();
            query.put("archived", List.of("true"));
            query.put("limit", List.of("100"));
            if (!fields.isEmpty()) {
                query.put("properties", List.of(String.join(",", fields)));
            }
            if (after != null) {
                query.put("after", List.of(after));
            }
            JsonNode answer =
                    client.send(
                            ApiRequest.get(
                                    "/crm/v3/objects/" + type, query, type, "list-archived"));
            for (JsonNode object : answer.path("results")) {
                records.add(Records.toRecord(type, object, fields));
            }
            after = answer.path("paging").path("next").path("after").asString(null);
        } while (after != null);
        return records;
    }
}
