package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.CrmRecord;
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
 * Each page after the first re-anchors the filter at the last timestamp seen and skips, by offset,
 * only the records already seen at that timestamp. Offsets therefore stay small: the 10,000-result
 * cap of a search query is never reached, and a record that changes while the pages are read cannot
 * shift unread records into pages already read.
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
        int skip = 0;
        while (true) {
            JsonNode answer =
                    client.send(request(type, modified, anchor, horizon, properties, skip));
            Instant last = anchor;
            int tie = 0;
            for (JsonNode object : answer.path("results")) {
                CrmRecord record = Records.toRecord(type, object, fields);
                if (record.modifiedAt() == null) {
                    continue;
                }
                if (record.modifiedAt().equals(last)) {
                    tie++;
                } else {
                    last = record.modifiedAt();
                    tie = 1;
                }
                if (ChangeReader.after(record, cursor) && seen.add(record.id())) {
                    taken.add(record);
                }
            }
            boolean next = answer.path("paging").path("next").has("after");
            if (!next) {
                return new Result(taken, false);
            }
            if (taken.size() >= pageSize) {
                Instant lastTaken = taken.getLast().modifiedAt();
                List<CrmRecord> complete =
                        taken.stream().filter(r -> r.modifiedAt().isBefore(lastTaken)).toList();
                if (!complete.isEmpty()) {
                    return new Result(complete, true);
                }
            }
            skip = last.equals(anchor) ? skip + tie : tie;
            anchor = last;
            if (skip + PAGE > MAX_RESULTS) {
                // More than 10,000 changes share one millisecond: search cannot reach the rest.
                return new Result(taken, !taken.isEmpty());
            }
        }
    }

    private static ApiRequest request(
            String type,
            String modified,
            Instant from,
            Instant to,
            Set<String> properties,
            int skip) {
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
        if (skip > 0) {
            body.put("after", String.valueOf(skip));
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
