package io.crmsync.connector.hubspot.internal;

import io.crmsync.sync.spi.ChangeCursor;
import io.crmsync.sync.spi.CrmRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Pages through search results modified in {@code [cursor, horizon]}, 200 a call, oldest first.
 * Search stops at 10,000 results per query; before that, the filter is re-anchored at the last
 * timestamp seen and paging starts again (records already taken are skipped by id).
 */
final class SearchPager {

    static final int PAGE = 200;
    static final int MAX_RESULTS = 10_000;

    record Result(List<CrmRecord> records, boolean more) {}

    private final HubSpotClient client;

    SearchPager(HubSpotClient client) {
        this.client = client;
    }

    Result after(
            String type, ChangeCursor cursor, Instant horizon, List<String> fields, int pageSize) {
        String modified = Records.modifiedProperty(type);
        Set<String> properties = new LinkedHashSet<>(fields);
        properties.add(modified);
        List<CrmRecord> taken = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant anchor = cursor.modifiedAt();
        Integer after = null;
        while (true) {
            JsonNode answer =
                    client.send(request(type, modified, anchor, horizon, properties, after));
            for (JsonNode object : answer.path("results")) {
                CrmRecord record = Records.toRecord(type, object, fields);
                if (record.modifiedAt() == null
                        || !ChangeReader.after(record, cursor)
                        || !seen.add(record.id())) {
                    continue;
                }
                if (taken.size() >= pageSize
                        && record.modifiedAt().isAfter(taken.getLast().modifiedAt())) {
                    return new Result(taken, true);
                }
                taken.add(record);
            }
            String next = answer.path("paging").path("next").path("after").asString(null);
            if (next == null) {
                return new Result(taken, false);
            }
            int offset = Integer.parseInt(next);
            if (offset + PAGE > MAX_RESULTS) {
                Instant last = taken.isEmpty() ? anchor : taken.getLast().modifiedAt();
                if (!last.isAfter(anchor)) {
                    // More than 10,000 changes share one millisecond: nothing more can be reached.
                    return new Result(taken, !taken.isEmpty());
                }
                anchor = last;
                after = null;
            } else {
                after = offset;
            }
        }
    }

    private static ApiRequest request(
            String type,
            String modified,
            Instant from,
            Instant to,
            Set<String> properties,
            Integer after) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "filterGroups",
                List.of(
                        Map.of(
                                "filters",
                                List.of(
                                        filter(modified, "GTE", from),
                                        filter(modified, "LTE", to)))));
        body.put("sorts", List.of(Map.of("propertyName", modified, "direction", "ASCENDING")));
        body.put("properties", List.copyOf(properties));
        body.put("limit", PAGE);
        if (after != null) {
            body.put("after", String.valueOf(after));
        }
        return ApiRequest.post("/crm/v3/objects/" + type + "/search", body, type, "search")
                .asSearch();
    }

    private static Map<String, String> filter(String property, String operator, Instant value) {
        return Map.of(
                "propertyName", property,
                "operator", operator,
                "value", String.valueOf(value.toEpochMilli()));
    }
}
