package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.SandboxAutoConfiguration;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * All records in memory (the API reads only from here) and written behind to MariaDB in batches
 * every 100 ms and on shutdown; see ADR 011. The search index is a second view that receives
 * changes only after the configured visibility delay.
 */
@Component
@DependsOn(SandboxAutoConfiguration.SCHEMA_BEAN)
class ObjectStore {

    private static final Logger log = LoggerFactory.getLogger(ObjectStore.class);

    private record Pending(long visibleAt, HsObject object) {}

    private static final class Table {
        final NavigableMap<Long, HsObject> records = new ConcurrentSkipListMap<>();
        final NavigableMap<Long, HsObject> searchView = new ConcurrentSkipListMap<>();
        final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    }

    private final ObjectRepository repository;
    private final LiveSettings settings;
    private final SandboxClock clock;
    private final Map<String, Table> tables = new ConcurrentHashMap<>();
    private final Map<String, Long> contactsByEmail = new ConcurrentHashMap<>();
    private final Map<String, HsObject> dirty = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1_000_001);
    private final ScheduledExecutorService writer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());

    ObjectStore(ObjectRepository repository, LiveSettings settings, SandboxClock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        repository.loadAll(
                object -> {
                    index(object);
                    table(object.typeId()).searchView.put(object.id(), object);
                    nextId.accumulateAndGet(object.id() + 1, Math::max);
                });
        log.info(
                "HubSpot sandbox loaded {} records",
                tables.values().stream().mapToInt(t -> t.records.size()).sum());
        writer.scheduleWithFixedDelay(this::flushQuietly, 100, 100, TimeUnit.MILLISECONDS);
    }

    long nextId() {
        return nextId.getAndIncrement();
    }

    HsObject get(String typeId, long id) {
        return table(typeId).records.get(id);
    }

    /** Every record of a type, archived ones included, in id order. */
    Collection<HsObject> all(String typeId) {
        return table(typeId).records.values();
    }

    NavigableMap<Long, HsObject> records(String typeId) {
        return table(typeId).records;
    }

    Long contactIdByEmail(String email) {
        return email == null ? null : contactsByEmail.get(email.toLowerCase(Locale.ROOT));
    }

    boolean isEmpty() {
        return tables.values().stream().allMatch(t -> t.records.isEmpty());
    }

    void put(HsObject object) {
        index(object);
        dirty.put(object.typeId() + "/" + object.id(), object);
        long visibleAt = clock.millis() + settings.searchVisibilityDelay().toMillis();
        Table table = table(object.typeId());
        table.pending.add(new Pending(visibleAt, object));
        drainVisible(table);
    }

    /** The records that search can see now. */
    Collection<HsObject> searchable(String typeId) {
        Table table = table(typeId);
        drainVisible(table);
        return table.searchView.values();
    }

    /** Moves the changes whose visibility delay has passed into the search view. */
    private void drainVisible(Table table) {
        long now = clock.millis();
        synchronized (table) {
            Pending next;
            while ((next = table.pending.peek()) != null && next.visibleAt() <= now) {
                table.pending.poll();
                if (next.object().archived()) {
                    table.searchView.remove(next.object().id());
                } else {
                    table.searchView.put(next.object().id(), next.object());
                }
            }
        }
    }

    /** Writes every pending change now. */
    synchronized void flush() {
        if (dirty.isEmpty()) {
            return;
        }
        List<HsObject> batch = new ArrayList<>();
        for (String key : List.copyOf(dirty.keySet())) {
            HsObject object = dirty.remove(key);
            if (object != null) {
                batch.add(object);
            }
        }
        try {
            repository.saveAll(batch);
        } catch (RuntimeException e) {
            batch.forEach(o -> dirty.putIfAbsent(o.typeId() + "/" + o.id(), o));
            throw e;
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("HubSpot sandbox could not write its records; will retry", e);
        }
    }

    @PreDestroy
    void close() {
        writer.shutdown();
        flushQuietly();
    }

    private void index(HsObject object) {
        Table table = table(object.typeId());
        HsObject previous = table.records.put(object.id(), object);
        if (!"0-1".equals(object.typeId())) {
            return;
        }
        if (previous != null && previous.has("email")) {
            contactsByEmail.remove(previous.get("email").toLowerCase(Locale.ROOT), object.id());
        }
        if (!object.archived() && object.has("email")) {
            contactsByEmail.put(object.get("email").toLowerCase(Locale.ROOT), object.id());
        }
    }

    private Table table(String typeId) {
        return tables.computeIfAbsent(typeId, t -> new Table());
    }
}
