package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.store.JsonMaps;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Change Data Capture events for every API and person write, with the real {@code
 * ChangeEventHeader}: {@code changeOrigin} carries the writer's {@code Sforce-Call-Options} client,
 * so that a sync can recognise its own echoes. Events live in memory for the last {@value
 * #RETAINED} changes, as the real bus keeps them only for a while; replay ids grow by one.
 */
@Component("salesforceChangeEvents")
class ChangeEvents {

    static final int RETAINED = 100_000;

    record Event(long replayId, String entity, Map<String, Object> payload) {}

    private final RecordStore store;
    private final Deque<Event> events = new ArrayDeque<>();
    private long lastReplayId;

    ChangeEvents(RecordStore store) {
        this.store = store;
    }

    /** Records the change from the stored version to {@code next}; call before saving it. */
    synchronized void record(SfRecord next) {
        SfRecord previous = store.get(next.id()).orElse(null);
        String type =
                previous == null
                        ? "CREATE"
                        : next.deleted() && !previous.deleted() ? "DELETE" : "UPDATE";
        List<String> changed = new ArrayList<>();
        List<String> nulled = new ArrayList<>();
        Map<String, Object> payload = new LinkedHashMap<>();
        for (var entry : next.values().entrySet()) {
            Object before = previous == null ? null : previous.get(entry.getKey());
            if (!Objects.equals(before, entry.getValue()) && !entry.getKey().equals("Id")) {
                changed.add(entry.getKey());
                if (entry.getValue() == null) {
                    nulled.add(entry.getKey());
                } else if (!type.equals("DELETE")) {
                    payload.put(entry.getKey(), entry.getValue());
                }
            }
        }
        String modstamp = next.systemModstamp();
        Map<String, Object> header =
                JsonMaps.of(
                        "entityName",
                        next.type(),
                        "recordIds",
                        List.of(next.id()),
                        "changeType",
                        type,
                        "changeOrigin",
                        next.lastClient() == null
                                ? ""
                                : "com/salesforce/api/rest/62.0;client=" + next.lastClient(),
                        "transactionKey",
                        UUID.randomUUID().toString(),
                        "sequenceNumber",
                        1,
                        "commitTimestamp",
                        modstamp == null
                                ? 0
                                : OffsetDateTime.parse(modstamp, SfTime.FORMAT)
                                        .toInstant()
                                        .toEpochMilli(),
                        "commitNumber",
                        lastReplayId + 1,
                        "commitUser",
                        next.get("LastModifiedById"),
                        "changedFields",
                        type.equals("UPDATE") ? changed : List.of(),
                        "nulledFields",
                        type.equals("UPDATE") ? nulled : List.of(),
                        "diffFields",
                        List.of());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("ChangeEventHeader", header);
        event.putAll(payload);
        events.addLast(new Event(++lastReplayId, next.type(), event));
        if (events.size() > RETAINED) {
            events.removeFirst();
        }
    }

    /**
     * Events after {@code replayId} (-1 for none but the latest id, -2 for the earliest retained)
     * on a channel: {@code ChangeEvents} for all objects or {@code {Object}ChangeEvent} for one.
     */
    synchronized Map<String, Object> after(String channel, long replayId, int limit) {
        String entity =
                channel.equals("ChangeEvents")
                        ? null
                        : channel.replaceFirst("__ChangeEvent$", "__c")
                                .replaceFirst("ChangeEvent$", "");
        List<Object> page = new ArrayList<>();
        if (replayId != -1) {
            for (Event event : events) {
                if (page.size() >= limit) {
                    break;
                }
                if (event.replayId() > replayId
                        && (entity == null || entity.equalsIgnoreCase(event.entity()))) {
                    page.add(JsonMaps.of("replayId", event.replayId(), "payload", event.payload()));
                }
            }
        }
        return JsonMaps.of("events", page, "latestReplayId", lastReplayId);
    }
}
