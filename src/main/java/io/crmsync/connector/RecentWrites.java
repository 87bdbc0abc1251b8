package io.crmsync.connector;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many records this node wrote per object type of one CRM, and when. While its own writes of
 * the last safety lag fill a page of the change stream, a change read stops at the safety lag:
 * reading those fresh changes early would read every page of the node's own echoes twice, once
 * fresh and once settled (ADR 036). A few writes fit in the page read anyway, and then the read
 * goes up to now, so that a user's change is seen at once.
 */
public final class RecentWrites {

    private record Burst(Instant at, int records) {}

    private final Map<String, Deque<Burst>> bursts = new ConcurrentHashMap<>();

    /** Called before a write is sent: a write whose answer is lost may still have been applied. */
    public void writing(String objectType, Instant at, int records) {
        Deque<Burst> type = bursts.computeIfAbsent(objectType, k -> new ArrayDeque<>());
        synchronized (type) {
            type.addLast(new Burst(at, records));
        }
    }

    /**
     * The newest modification time a change read of {@code objectType} should reach: the settled
     * part only while the writes of the last {@code safetyLag} number at least {@code pageSize}.
     */
    public Instant readHorizon(String objectType, Instant now, Duration safetyLag, int pageSize) {
        Instant settled = now.minus(safetyLag);
        Deque<Burst> type = bursts.get(objectType);
        if (type == null) {
            return now;
        }
        int fresh = 0;
        synchronized (type) {
            while (!type.isEmpty() && !type.peekFirst().at().isAfter(settled)) {
                type.removeFirst();
            }
            for (Burst burst : type) {
                fresh += burst.records();
            }
        }
        return fresh >= pageSize ? settled : now;
    }
}
