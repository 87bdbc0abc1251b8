package io.crmsync.sync.engine;

import io.crmsync.base.LoopTurns;
import io.crmsync.sync.SyncSuspension;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The suspension as Sync Health shows it: read it, clear it, and hear when one starts. A suspension
 * may start on any node, so this node looks at the shared row every few seconds and tells its
 * listeners when a new one appears.
 */
@NamedInterface("engine")
@Component
public class SuspensionControl implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SuspensionControl.class);
    private static final long WATCH_SECONDS = 3;

    private final Suspension suspension;
    private final SyncWorkers workers;
    private final LoopTurns turns;
    private final CopyOnWriteArrayList<Consumer<SyncSuspension>> listeners =
            new CopyOnWriteArrayList<>();
    private volatile Instant lastSeenSince;
    private ScheduledExecutorService watcher;

    SuspensionControl(
            Suspension suspension, SyncWorkers workers, ApplicationEventPublisher events) {
        this.suspension = suspension;
        this.workers = workers;
        this.turns = new LoopTurns(events, "suspension-watch");
    }

    public Optional<SyncSuspension> current() {
        return suspension.current();
    }

    /** Ends the suspension and wakes the workers; returns the suspension that was cleared. */
    public Optional<SyncSuspension> clear() {
        Optional<SyncSuspension> was = current();
        if (was.isPresent() && suspension.clear()) {
            workers.wake();
            return was;
        }
        return Optional.empty();
    }

    /** Calls {@code listener} (on a background thread) whenever a suspension starts. */
    public Runnable onSuspended(Consumer<SyncSuspension> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Looks at the suspension once and tells the listeners if a new one started. */
    public void check() {
        Optional<SyncSuspension> now = current();
        Instant since = now.map(SyncSuspension::since).orElse(null);
        if (since != null && !Objects.equals(since, lastSeenSince)) {
            listeners.forEach(
                    listener -> {
                        try {
                            listener.accept(now.get());
                        } catch (RuntimeException e) {
                            log.debug("A suspension listener failed", e);
                        }
                    });
        }
        lastSeenSince = since;
    }

    @Override
    public void start() {
        lastSeenSince = suspension.current().map(SyncSuspension::since).orElse(null);
        watcher =
                Executors.newSingleThreadScheduledExecutor(
                        Thread.ofVirtual().name("suspension-watch").factory());
        watcher.scheduleWithFixedDelay(
                () -> {
                    try {
                        turns.run(this::check);
                    } catch (RuntimeException e) {
                        log.debug("Could not read the suspension", e);
                    }
                },
                WATCH_SECONDS,
                WATCH_SECONDS,
                TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        if (watcher != null) {
            watcher.shutdownNow();
            watcher = null;
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }
}
