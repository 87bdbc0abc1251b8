package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.SyncProgress;
import io.crmsync.sync.SyncStatus;
import io.crmsync.sync.SyncSuspension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The engine's controls and figures, for the services behind the UI. */
@Component
public class SyncControl {

    private final Cursors cursors;
    private final Runs runs;
    private final WorkQueue queue;
    private final LinkStore links;
    private final Suspension suspension;
    private final SyncWorkers workers;
    private final InclusionList inclusion;
    private final EngineProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ChangePoller poller;
    private final Clock clock;
    private final ObjectToggles toggles;

    SyncControl(
            Cursors cursors,
            Runs runs,
            WorkQueue queue,
            LinkStore links,
            Suspension suspension,
            SyncWorkers workers,
            InclusionList inclusion,
            EngineProperties properties,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ChangePoller poller,
            Clock clock,
            ObjectToggles toggles) {
        this.poller = poller;
        this.cursors = cursors;
        this.runs = runs;
        this.queue = queue;
        this.links = links;
        this.suspension = suspension;
        this.workers = workers;
        this.inclusion = inclusion;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.toggles = toggles;
    }

    /**
     * Starts a resync of every record of the object: each of its streams is read again from the
     * beginning under a new run; the other objects' streams go on where they were. Records whose
     * values already match are read but not written.
     *
     * @throws io.crmsync.sync.SyncTurnedOff when the object's sync is off
     */
    public long resync(SyncObject object, String actor) {
        toggles.requireOn(object);
        List<Streams.Stream> streams = ObjectToggles.streams(object);
        Instant now = clock.instant();
        long runId =
                transactions.execute(
                        tx -> {
                            for (Runs.Run open : runs.open()) {
                                if (!RunTracker.INCREMENTAL.equals(open.kind())) {
                                    runs.finish(open.id(), now);
                                }
                            }
                            long id = runs.start(RunTracker.RESYNC, actor, now);
                            streams.forEach(s -> cursors.rewind(s.key(), now));
                            return id;
                        });
        inclusion.refresh();
        workers.wake();
        return runId;
    }

    /** Queues one record on each side it exists on, ahead of everything else. */
    public void syncNow(ExternalSystem source, String objectType, String recordId) {
        queue.enqueue(
                List.of(WorkItem.byId(source, objectType, recordId, WorkReason.SYNC_NOW, null)),
                clock.instant());
        workers.wake();
    }

    public Optional<SyncSuspension> suspension() {
        return suspension.current();
    }

    public SyncStatus status() {
        Instant now = clock.instant();
        return new SyncStatus(
                properties.enabled(),
                suspension().orElse(null),
                backfill(now).orElse(null),
                queue.size(),
                links.count(LinkStore.CONTACT),
                jdbc.sql("SELECT COUNT(DISTINCT source, object_type, record_id) FROM sync_error")
                        .query(Long.class)
                        .single(),
                held().orElse(null),
                now);
    }

    /** Why a syncing object's initial sync or resync waits for the API budget, if it does. */
    private Optional<String> held() {
        return Arrays.stream(SyncObject.values())
                .filter(toggles::syncs)
                .flatMap(o -> ObjectToggles.streams(o).stream())
                .filter(
                        s ->
                                !cursors.find(s.key())
                                        .map(Cursors.Position::backfillDone)
                                        .orElse(false))
                .map(poller::holdReason)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Optional<SyncProgress> backfill(Instant now) {
        return runs.latestBackfill().map(run -> progress(run, now));
    }

    private static SyncProgress progress(Runs.Run run, Instant now) {
        Instant end = run.finishedAt() != null ? run.finishedAt() : now;
        double seconds = Math.max(1, Duration.between(run.startedAt(), end).toMillis() / 1000.0);
        double rate = run.done() / seconds;
        Instant eta = null;
        if (run.finishedAt() == null && rate > 0 && run.total() > run.done()) {
            eta = now.plusSeconds((long) Math.ceil((run.total() - run.done()) / rate));
        }
        return new SyncProgress(
                run.id(),
                run.kind(),
                run.startedAt(),
                run.finishedAt(),
                run.done(),
                Math.max(run.total(), run.done()),
                run.failed(),
                rate,
                eta);
    }
}
