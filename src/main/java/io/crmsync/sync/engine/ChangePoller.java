package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.ChangePage;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads each change stream from its cursor and queues what changed. The cursor moves in the same
 * transaction that queues the page, so a change is either queued and passed, or read again; the
 * queue then keeps it until the other side confirms it. The first read of a stream, from the
 * beginning, is the initial sync.
 */
@Component
class ChangePoller {

    private static final Logger log = LoggerFactory.getLogger(ChangePoller.class);

    /** Longer than any connector's safety lag. */
    static final java.time.Duration BACKFILL_SETTLE = java.time.Duration.ofMinutes(1);

    /**
     * Empty polls in a row before a stream slows down: one empty poll often only means that the
     * next change is not visible yet (HubSpot search indexes writes a few seconds late).
     */
    static final int QUIET_POLLS = 3;

    /** Pages read per stream and poll, so that one huge backlog does not starve the others. */
    private static final int MAX_PAGES = 25;

    private final Connectors connectors;
    private final OriginStamps schema;
    private final Cursors cursors;
    private final WorkQueue queue;
    private final Runs runs;
    private final RunTracker tracker;
    private final TransactionTemplate transactions;
    private final SyncEngine engine;
    private final ReadAhead readAhead;
    private final PolledStreams polled;
    private final org.springframework.beans.factory.ObjectProvider<io.crmsync.spi.CallBudget>
            budget;
    private final Clock clock;

    ChangePoller(
            Connectors connectors,
            OriginStamps schema,
            Cursors cursors,
            WorkQueue queue,
            Runs runs,
            RunTracker tracker,
            TransactionTemplate transactions,
            SyncEngine engine,
            ReadAhead readAhead,
            PolledStreams polled,
            org.springframework.beans.factory.ObjectProvider<io.crmsync.spi.CallBudget> budget,
            Clock clock) {
        this.budget = budget;
        this.engine = engine;
        this.readAhead = readAhead;
        this.polled = polled;
        this.connectors = connectors;
        this.schema = schema;
        this.cursors = cursors;
        this.queue = queue;
        this.runs = runs;
        this.tracker = tracker;
        this.transactions = transactions;
        this.clock = clock;
    }

    private final java.util.Map<String, Instant> nextPoll =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Integer> idlePolls =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Per stream, the snapshots this node queued that its cursor has not passed yet: fresh changes
     * are read again until their safety lag has passed, and are queued only the first time. After a
     * restart, or on another node, they are queued once more and the engine finds nothing to write.
     */
    private final java.util.Map<String, java.util.Map<String, Instant>> unsettled =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The cursor this node saved last per stream; another one means the stream was reset. */
    private final java.util.Map<String, ChangeCursor> savedCursors =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Polls the streams that are due. A stream that found nothing {@link #QUIET_POLLS} times in a
     * row waits twice as long before each next poll, up to {@code crmsync.sync.idle-poll-interval},
     * so that a quiet org costs few calls; a change brings it back to the normal interval.
     */
    int pollDue(java.time.Duration interval, java.time.Duration idleInterval) {
        return pollStreams(interval, idleInterval, false);
    }

    /** Polls every stream once, due or not; returns how many records it queued. */
    int pollAll() {
        return pollStreams(java.time.Duration.ZERO, java.time.Duration.ZERO, true);
    }

    /** Reads the streams the settings turn on ({@link PolledStreams}) that are due. */
    private int pollStreams(
            java.time.Duration interval, java.time.Duration idleInterval, boolean all) {
        Instant now = clock.instant();
        if (!all && !anyDue(now)) {
            return 0;
        }
        ensureInitialRun();
        int queued = 0;
        List<Streams.Stream> streams = polled.streams(now, s -> nextPoll.remove(s.key()));
        for (Streams.Stream stream : streams) {
            if (!all && now.isBefore(nextPoll.getOrDefault(stream.key(), Instant.MIN))) {
                continue;
            }
            if (backfilling(stream) && holdReason(stream).isPresent()) {
                nextPoll.put(stream.key(), now.plus(interval));
                continue;
            }
            int found;
            try {
                found = poll(stream);
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                // Rolled back whole: the cursor did not move, and the stream is read again at once.
                readAhead.done(stream.key());
                log.info(
                        "Queueing changes from {} met a lock of another transaction ({}); it"
                                + " runs again at the next look",
                        stream.key(),
                        e.getClass().getSimpleName());
                continue;
            } catch (ConnectorException e) {
                readAhead.done(stream.key());
                if (isFatal(e)) {
                    engine.suspend(stream.source(), e.failure());
                    return queued;
                }
                log.info(
                        "Reading changes from {} failed and will run again: {}",
                        stream.key(),
                        e.getMessage());
                continue;
            }
            queued += found;
            int idle = found == 0 ? idlePolls.merge(stream.key(), 1, Integer::sum) : 0;
            idlePolls.put(stream.key(), idle);
            // A stream that stopped at its page limit goes on at the next look.
            nextPoll.put(
                    stream.key(),
                    readAhead.coming(stream.key(), clock.instant())
                            ? now
                            : now.plus(waitAfter(idle, interval, idleInterval)).minusMillis(200));
        }
        tracker.finishSettled();
        return queued;
    }

    /**
     * Whether a stream this node polls may be due, from its memory alone: the poll task looks
     * several times a second, and most looks find nothing due and should not cost a query. Streams
     * not polled (opportunities while lifecycle stages are off) do not count. The run's progress is
     * still checked once a second.
     */
    private boolean anyDue(Instant now) {
        boolean due =
                nextPoll.isEmpty() || nextPoll.values().stream().anyMatch(at -> !now.isBefore(at));
        if (!due && !now.isBefore(nextSettleCheck)) {
            nextSettleCheck = now.plusSeconds(1);
            tracker.finishSettled();
        }
        return due;
    }

    private volatile Instant nextSettleCheck = Instant.MIN;

    /** How long a stream waits after {@code idle} empty polls in a row. */
    static java.time.Duration waitAfter(
            int idle, java.time.Duration interval, java.time.Duration idleInterval) {
        java.time.Duration wait =
                interval.multipliedBy(1L << Math.clamp(idle - QUIET_POLLS + 1, 0, 10));
        return wait.compareTo(idleInterval) > 0 ? idleInterval : wait;
    }

    /**
     * Why the API budget holds this stream's initial sync or resync: either side's allocation or
     * daily limit is used up. Live changes of streams that finished their backfill go on.
     */
    Optional<String> holdReason(Streams.Stream stream) {
        io.crmsync.spi.CallBudget calls =
                budget.getIfAvailable(() -> io.crmsync.spi.CallBudget.UNLIMITED);
        return calls.holdReason(stream.source())
                .or(() -> calls.holdReason(stream.source().other()));
    }

    private boolean backfilling(Streams.Stream stream) {
        return !cursors.find(stream.key()).map(Cursors.Position::backfillDone).orElse(false);
    }

    /** The first poll ever starts the initial sync run. */
    private void ensureInitialRun() {
        boolean fresh = Streams.CONTACTS.stream().allMatch(s -> cursors.find(s.key()).isEmpty());
        if (fresh && runs.latest().isEmpty()) {
            runs.start(RunTracker.INITIAL, "system", clock.instant());
        }
    }

    int poll(Streams.Stream stream) {
        CrmConnector connector = connectors.get(stream.source());
        Cursors.Position position =
                cursors.find(stream.key())
                        .orElse(new Cursors.Position(ChangeCursor.BEGINNING, false));
        List<String> fields;
        if (Streams.isLifecycle(stream)) {
            fields = polled.lifecycleFields(stream, schema);
        } else if (stream.source() == io.crmsync.base.ExternalSystem.SALESFORCE) {
            // With the stamps, so that a record crmsync made is known for it (ADR 032).
            fields = schema.salesforceFields(stream.objectType());
        } else {
            fields = schema.hubSpotProperties(stream.objectType());
        }
        ChangeCursor cursor = position.cursor();
        java.util.Map<String, Instant> taken =
                unsettled.computeIfAbsent(
                        stream.key(), k -> new java.util.concurrent.ConcurrentHashMap<>());
        if (!cursor.equals(savedCursors.get(stream.key()))) {
            taken.clear();
        }
        boolean backfillDone = position.backfillDone();
        Instant readableSince =
                runs.latestBackfill()
                        .map(r -> r.startedAt().plus(BACKFILL_SETTLE))
                        .orElse(Instant.MIN);
        int queued = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            ChangePage changes =
                    connector.readChanges(stream.objectType(), cursor, fields, stream.pageSize());
            // Readers hold back the newest changes for a safety lag: the read is only complete
            // once that lag has passed since the backfill started.
            boolean done =
                    backfillDone || (!changes.more() && clock.instant().isAfter(readableSince));
            long runId = tracker.current();
            List<WorkItem> items =
                    changes.records().stream()
                            .filter(r -> !r.modifiedAt().equals(taken.get(r.id())))
                            .map(
                                    (CrmRecord r) ->
                                            WorkItem.of(
                                                    stream.source(), r, WorkReason.CHANGE, runId))
                            .toList();
            ChangeCursor next = changes.next();
            transactions.executeWithoutResult(
                    tx -> {
                        int inserted = queue.enqueue(items, clock.instant());
                        runs.addTotal(runId, inserted);
                        cursors.save(stream.key(), next, done, clock.instant());
                    });
            queued += items.size();
            savedCursors.put(stream.key(), next);
            changes.records().forEach(r -> taken.put(r.id(), r.modifiedAt()));
            taken.values().removeIf(at -> at.isBefore(next.modifiedAt()));
            cursor = next;
            backfillDone = done;
            if (!changes.more()) {
                readAhead.done(stream.key());
                break;
            }
            readAhead.more(stream.key(), clock.instant());
        }
        if (queued > 0) {
            log.debug("Queued {} changes from {}", queued, stream.key());
        }
        return queued;
    }

    static boolean isFatal(ConnectorException e) {
        return switch (e.failure().kind()) {
            case FATAL, AUTH_EXPIRED -> true;
            default -> false;
        };
    }
}
