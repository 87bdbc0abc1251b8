package io.crmsync.sync.engine;

import io.crmsync.base.LoopTurns;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * This node's workers: a loop that claims due batches from the shared queue and syncs each on a
 * virtual thread, at most {@code crmsync.sync.workers} at once. Every node runs one; the claim
 * tokens make sure that two nodes never take the same record.
 */
@NamedInterface("engine")
@Component
public class SyncWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SyncWorkers.class);

    private final WorkQueue queue;
    private final SyncEngine engine;
    private final ReadAhead readAhead;
    private final Suspension suspension;
    private final EngineProperties properties;
    private final LeaseRenewals leases;
    private final Clock clock;
    private final LoopTurns turns;
    private final Counter batches;
    private final Counter records;
    private final Object signal = new Object();
    private volatile boolean running;
    private volatile boolean woken;
    private Thread loop;
    private ExecutorService executor;
    private Semaphore slots;

    SyncWorkers(
            WorkQueue queue,
            SyncEngine engine,
            ReadAhead readAhead,
            Suspension suspension,
            EngineProperties properties,
            LeaseRenewals leases,
            Clock clock,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.turns = new LoopTurns(events, "sync-workers");
        this.leases = leases;
        this.batches =
                Counter.builder("crmsync.sync.batches")
                        .description("Batches this node's workers synced")
                        .register(meters);
        this.records =
                Counter.builder("crmsync.sync.records")
                        .description("Records in the batches this node's workers synced")
                        .register(meters);
        this.queue = queue;
        this.engine = engine;
        this.readAhead = readAhead;
        this.suspension = suspension;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts looking for work now instead of at the next tick. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        running = true;
        slots = new Semaphore(properties.workers());
        executor = Executors.newVirtualThreadPerTaskExecutor();
        loop = Thread.ofVirtual().name("sync-workers").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        wake();
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            boolean busy = false;
            try {
                if (!suspension.active(clock.instant())) {
                    busy = dispatch();
                }
                turns.ran();
            } catch (TransientDataAccessException e) {
                turns.failed();
                log.debug("Reading the queue will be tried again: {}", e.getMessage());
            } catch (RuntimeException e) {
                turns.failed();
                log.warn("Sync workers could not read the queue: {}", e.getMessage());
            }
            if (!busy) {
                pause();
            }
        }
    }

    /** Claims one batch of every stream with due work; true when it found any. */
    private boolean dispatch() throws RuntimeException {
        boolean found = false;
        for (Map.Entry<io.crmsync.base.ExternalSystem, String> due :
                queue.dueStreams(clock.instant())) {
            Streams.Stream stream;
            try {
                stream = Streams.of(due.getKey(), due.getValue());
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            if (!batchReady(stream)) {
                continue;
            }
            if (!slots.tryAcquire()) {
                return false;
            }
            List<WorkItem> batch =
                    claimHolding(
                            slots,
                            () ->
                                    queue.claim(
                                            stream.source(),
                                            stream.objectType(),
                                            stream.batchSize(),
                                            properties.lease(),
                                            clock.instant()));
            if (batch.isEmpty()) {
                continue;
            }
            found = true;
            executor.execute(
                    () -> {
                        try (LeaseRenewals.Held held = leases.hold(batch)) {
                            engine.process(stream, batch);
                            batches.increment();
                            records.increment(batch.size());
                        } catch (RuntimeException e) {
                            log.warn("Sync batch from {} failed", stream.key(), e);
                        } finally {
                            slots.release();
                            wake();
                        }
                    });
        }
        return found;
    }

    /**
     * Claims a batch with one of {@code slots} already taken, and gives the slot back unless the
     * claim returned work to run: a claim that fails (InnoDB picks a claim as a deadlock's loser
     * when it meets a poll's insert) must not keep a worker away for good.
     */
    static List<WorkItem> claimHolding(Semaphore slots, Supplier<List<WorkItem>> claim) {
        List<WorkItem> batch = List.of();
        try {
            batch = claim.get();
            return batch;
        } finally {
            if (batch.isEmpty()) {
                slots.release();
            }
        }
    }

    /** A partial batch waits while this node's poll is still reading the stream's next page. */
    boolean batchReady(Streams.Stream stream) {
        java.time.Instant now = clock.instant();
        return !readAhead.coming(stream.key(), now)
                || queue.batchReady(
                        stream.source(),
                        stream.objectType(),
                        stream.batchSize(),
                        now.minus(ReadAhead.HOLD),
                        now);
    }

    /**
     * Syncs every due batch in the calling thread until none is left; returns how many records it
     * took. For tests and benchmarks, which need to know when the sync has settled.
     */
    int processDueNow() {
        int processed = 0;
        boolean found = true;
        while (found && !suspension.active(clock.instant())) {
            found = false;
            for (Map.Entry<io.crmsync.base.ExternalSystem, String> due :
                    queue.dueStreams(clock.instant())) {
                Streams.Stream stream = Streams.of(due.getKey(), due.getValue());
                List<WorkItem> batch =
                        queue.claim(
                                stream.source(),
                                stream.objectType(),
                                stream.batchSize(),
                                properties.lease(),
                                clock.instant());
                if (!batch.isEmpty()) {
                    found = true;
                    processed += batch.size();
                    engine.process(stream, batch);
                }
            }
        }
        return processed;
    }

    private void pause() {
        synchronized (signal) {
            if (!woken) {
                try {
                    signal.wait(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }
}
