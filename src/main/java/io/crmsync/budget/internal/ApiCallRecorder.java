package io.crmsync.budget.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ApiCall;
import io.crmsync.spi.ApiCallObserver;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts every connector call in memory, per side, object, operation, status class and minute, and
 * writes the counts to {@code api_call_minute} when {@link #flush()} runs. Recording never touches
 * the database and never throws into the connector.
 */
@Component
public class ApiCallRecorder implements ApiCallObserver {

    private static final Logger log = LoggerFactory.getLogger(ApiCallRecorder.class);

    private record Key(
            Instant minute,
            ExternalSystem system,
            String objectType,
            String operation,
            String statusClass) {}

    // Recording takes the shared side of the lock; a flush takes the exclusive side only to swap
    // the map, so that no increment lands in a map that is already being written out.
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private volatile Map<Key, LongAdder> pending = new ConcurrentHashMap<>();
    // Held while counts move from memory to the database, so that a reader of the totals sees
    // each call exactly once.
    private final ReadWriteLock moving = new ReentrantReadWriteLock();
    private final Map<ExternalSystem, DailyLimit> latestLimits = new ConcurrentHashMap<>();
    private final ApiCallStore store;
    private final Clock clock;

    ApiCallRecorder(ApiCallStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void onCall(ApiCall call) {
        try {
            Instant at = call.at() == null ? clock.instant() : call.at();
            Key key =
                    new Key(
                            at.truncatedTo(ChronoUnit.MINUTES),
                            call.system(),
                            text(call.objectType(), 64),
                            text(call.operation(), 48),
                            statusClass(call.status()));
            swap.readLock().lock();
            try {
                pending.computeIfAbsent(key, k -> new LongAdder()).increment();
            } finally {
                swap.readLock().unlock();
            }
            if (call.dailyUsed() != null && call.dailyLimit() != null) {
                latestLimits.merge(
                        call.system(),
                        new DailyLimit(call.dailyUsed(), call.dailyLimit(), at),
                        (old, now) -> now.observedAt().isBefore(old.observedAt()) ? old : now);
            }
        } catch (RuntimeException e) {
            log.warn("Could not count an API call: {}", e.toString());
        }
    }

    /**
     * Writes the counted calls and the latest daily limits; on failure they wait for the next.
     * Returns whether they were written.
     */
    public synchronized boolean flush() {
        moving.writeLock().lock();
        try {
            return flushLocked();
        } finally {
            moving.writeLock().unlock();
        }
    }

    private boolean flushLocked() {
        Map<Key, LongAdder> batch;
        swap.writeLock().lock();
        try {
            batch = pending;
            pending = new ConcurrentHashMap<>();
        } finally {
            swap.writeLock().unlock();
        }
        try {
            if (!batch.isEmpty()) {
                List<CallCount> counts = new ArrayList<>();
                batch.forEach(
                        (k, n) ->
                                counts.add(
                                        new CallCount(
                                                k.minute(),
                                                k.system(),
                                                k.objectType(),
                                                k.operation(),
                                                k.statusClass(),
                                                n.sum())));
                store.add(counts);
            }
            latestLimits.forEach((system, limit) -> store.saveLimit(system.name(), limit));
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not store API call counts, will retry: {}", e.toString());
            swap.readLock().lock();
            try {
                batch.forEach(
                        (k, n) -> pending.computeIfAbsent(k, x -> new LongAdder()).add(n.sum()));
            } finally {
                swap.readLock().unlock();
            }
            return false;
        }
    }

    /** Calls of {@code system} since {@code from}, stored or still in memory. */
    public long total(ExternalSystem system, Instant from) {
        moving.readLock().lock();
        try {
            return store.total(system, from) + count(pending, system, from);
        } finally {
            moving.readLock().unlock();
        }
    }

    /** Calls of {@code system} since {@code from} answered other than 2xx, or not at all. */
    public long failed(ExternalSystem system, Instant from) {
        moving.readLock().lock();
        try {
            long inMemory = 0;
            for (var entry : pending.entrySet()) {
                Key key = entry.getKey();
                if (key.system() == system
                        && !key.minute().isBefore(from)
                        && !"2xx".equals(key.statusClass())) {
                    inMemory += entry.getValue().sum();
                }
            }
            return store.failed(system, from) + inMemory;
        } finally {
            moving.readLock().unlock();
        }
    }

    /** The newest daily usage a CRM reported, from memory or else from the database. */
    public Optional<DailyLimit> latestLimit(ExternalSystem system) {
        DailyLimit inMemory = latestLimits.get(system);
        return inMemory != null ? Optional.of(inMemory) : store.limit(system);
    }

    static String statusClass(int status) {
        int family = status / 100;
        return family >= 1 && family <= 5 ? family + "xx" : "none";
    }

    private static long count(Map<Key, LongAdder> counts, ExternalSystem system, Instant from) {
        long total = 0;
        for (var entry : counts.entrySet()) {
            Key key = entry.getKey();
            if (key.system() == system && !key.minute().isBefore(from)) {
                total += entry.getValue().sum();
            }
        }
        return total;
    }

    private static String text(String value, int max) {
        String text = value == null || value.isBlank() ? "-" : value;
        return text.length() <= max ? text : text.substring(0, max);
    }
}
