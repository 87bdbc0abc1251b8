package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.CrmRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads records by id or by a unique property with batch read, 100 a call; ids HubSpot does not
 * know come back as a 207 error entry and are left out.
 */
public final class RecordReader {

    private static final int BATCH_SIZE = 100;

    private final HubSpotClient client;

    public RecordReader(HubSpotClient client) {
        this.client = client;
    }

    public List<CrmRecord> read(
            String type, String idProperty, Collection<String> ids, List<String> fields) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<CrmRecord> records = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += BATCH_SIZE) {
            List<String> chunk =
                    distinct.subList(from, Math.min(distinct.size(), from + BATCH_SIZE));
            Map<String, Object> body = new LinkedHashMap<>();
            List<String> properties = new ArrayList<>(fields);
            if (idProperty != null && !properties.contains(idProperty)) {
                properties.add(idProperty);
            }
            body.put("properties", properties);
            if (idProperty != null) {
                body.put("idProperty", idProperty);
            }
            body.put("inputs", chunk.stream().map(id -> Map.of("id", id)).toList());
            var answer =
                    client.send(
                            ApiRequest.post(
                                    "/crm/v3/objects/" + type + "/batch/read",
                                    body,
                                    type,
                                    "batch-read"));
            records.addAll(Records.toRecords(type, answer.path("results"), fields));
        }
        return records;
    }
}
