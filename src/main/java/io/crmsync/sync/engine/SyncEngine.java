package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.SyncFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Syncs one claimed batch: the remote calls first, with no transaction open, then everything the
 * batch learned in one transaction. A crash between the two leaves the batch queued; running it
 * again writes the same values and finds the same records, so it creates nothing twice.
 */
@Component
class SyncEngine {

    private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

    /**
     * Salesforce's daily limit is a rolling 24 hours: after it is exceeded, the sync tries again
     * this much later, and suspends again if the org still refuses.
     */
    static final Duration LIMIT_RECHECK = Duration.ofHours(1);

    private final PairPipeline pipeline;
    private final ObjectPairs pairs;
    private final LifecycleSync lifecycle;
    private final OpportunityChanges opportunities;
    private final WorkQueue queue;
    private final LinkStore links;
    private final ErrorStore errors;
    private final Runs runs;
    private final RunTracker tracker;
    private final Suspension suspension;
    private final EngineProperties properties;
    private final TransactionTemplate transactions;
    private final SyncReports reports;
    private final Clock clock;

    SyncEngine(
            PairPipeline pipeline,
            ObjectPairs pairs,
            LifecycleSync lifecycle,
            OpportunityChanges opportunities,
            WorkQueue queue,
            LinkStore links,
            ErrorStore errors,
            Runs runs,
            RunTracker tracker,
            Suspension suspension,
            EngineProperties properties,
            TransactionTemplate transactions,
            SyncReports reports,
            Clock clock) {
        this.reports = reports;
        this.pipeline = pipeline;
        this.pairs = pairs;
        this.lifecycle = lifecycle;
        this.opportunities = opportunities;
        this.queue = queue;
        this.links = links;
        this.errors = errors;
        this.runs = runs;
        this.tracker = tracker;
        this.suspension = suspension;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    void process(Streams.Stream stream, List<WorkItem> items) {
        Long runId =
                items.getFirst().runId() != null ? items.getFirst().runId() : tracker.current();
        BatchOutcome outcome;
        try {
            if (Streams.isLifecycle(stream)) {
                outcome =
                        opportunities.withDeals(
                                stream,
                                items,
                                lifecycle.sync(stream.objectType(), items, runId),
                                runId);
            } else {
                ObjectPair pair =
                        pairs.of(stream.source(), stream.objectType())
                                .orElseThrow(
                                        () ->
                                                new IllegalStateException(
                                                        "No object pair syncs " + stream.key()));
                outcome = pipeline.sync(pair, stream.source(), stream.objectType(), items, runId);
            }
        } catch (ConnectorException e) {
            if (!ChangePoller.isFatal(e)) {
                log.info(
                        "Batch of {} from {} will be retried: {}",
                        items.size(),
                        stream.key(),
                        e.getMessage());
                queue.retryLater(items, backoff(items));
                return;
            }
            outcome = new BatchOutcome();
            outcome.fatal = e.failure();
            outcome.fatalSystem = stream.source();
            outcome.released.addAll(items);
        } catch (RuntimeException e) {
            log.warn(
                    "Batch of {} from {} failed; it will be retried",
                    items.size(),
                    stream.key(),
                    e);
            queue.retryLater(items, backoff(items));
            return;
        }
        unaccounted(stream, items, outcome);
        if (log.isDebugEnabled()) {
            log.debug(
                    "Synced {} from {}: {}",
                    items.size(),
                    stream.key(),
                    items.stream().limit(5).map(WorkItem::recordId).toList());
        }
        try {
            store(stream, outcome);
        } catch (org.springframework.dao.PessimisticLockingFailureException e) {
            log.info(
                    "Storing the sync of {} records from {} met a lock of another transaction"
                            + " ({}); they will be retried",
                    items.size(),
                    stream.key(),
                    e.getClass().getSimpleName());
            queue.retryLater(items, backoff(items));
        } catch (RuntimeException e) {
            log.warn(
                    "Could not store the sync of {} records from {}; they will be retried",
                    items.size(),
                    stream.key(),
                    e);
            queue.retryLater(items, backoff(items));
        }
    }

    /** Every item leaves a batch settled, retried or released; one that did not is retried. */
    private static void unaccounted(
            Streams.Stream stream, List<WorkItem> items, BatchOutcome outcome) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        outcome.done.forEach(i -> seen.add(i.id()));
        outcome.retry.forEach(i -> seen.add(i.id()));
        outcome.released.forEach(i -> seen.add(i.id()));
        for (WorkItem item : items) {
            if (!seen.contains(item.id())) {
                log.warn(
                        "{} {} was not settled by its batch; it will be retried",
                        stream.key(),
                        item.recordId());
                outcome.retry.add(item);
            }
        }
    }

    private void store(Streams.Stream stream, BatchOutcome outcome) {
        Instant now = clock.instant();
        BufferedLinkStore buffered = links.buffered();
        transactions.executeWithoutResult(
                tx -> {
                    outcome.linkChanges.forEach(change -> change.accept(buffered));
                    buffered.flush();
                    redoClashes(stream, outcome, buffered.clashes());
                    errors.clear(stream.source(), stream.objectType(), outcome.synced);
                    errors.record(
                            outcome.errors,
                            now,
                            now.plus(properties.retryInterval()),
                            nightly(now),
                            properties.retryAttempts());
                    queue.complete(outcome.done);
                    queue.retryLater(outcome.retry, backoff(outcome.retry));
                    if (!outcome.released.isEmpty()) {
                        queue.release(outcome.released);
                    }
                    int followUps = queue.enqueue(outcome.followUps, now);
                    if (followUps > 0 && outcome.followUps.getFirst().runId() != null) {
                        runs.addTotal(outcome.followUps.getFirst().runId(), followUps);
                    }
                    settle(outcome);
                });
        reports.stored(stream, buffered.stored());
        if (outcome.fatal != null) {
            suspend(outcome.fatalSystem, outcome.fatal);
        }
    }

    /**
     * A record whose new link clashed with one another batch made meanwhile is synced again, and
     * alone: the rest of its batch is stored.
     */
    static void redoClashes(
            Streams.Stream stream, BatchOutcome outcome, List<LinkStore.NewLink> clashes) {
        if (clashes.isEmpty()) {
            return;
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        clashes.forEach(
                c -> {
                    ids.add(c.hubSpotId());
                    ids.add(c.salesforceId());
                });
        List<WorkItem> redo =
                outcome.done.stream().filter(i -> ids.contains(i.recordId())).toList();
        outcome.done.removeAll(redo);
        redo.forEach(i -> outcome.synced.remove(i.recordId()));
        outcome.retry.addAll(redo);
        log.info(
                "{} of {} met a link made meanwhile by another batch and will be synced again",
                redo.stream().map(WorkItem::recordId).toList(),
                stream.key());
    }

    private void settle(BatchOutcome outcome) {
        Map<Long, long[]> counts = new HashMap<>();
        for (WorkItem item : outcome.done) {
            if (item.runId() != null) {
                counts.computeIfAbsent(item.runId(), k -> new long[2])[0]++;
            }
        }
        for (RecordError error : outcome.errors) {
            outcome.done.stream()
                    .filter(i -> i.recordId().equals(error.recordId()) && i.runId() != null)
                    .findFirst()
                    .ifPresent(i -> counts.computeIfAbsent(i.runId(), k -> new long[2])[1]++);
        }
        counts.forEach((runId, c) -> runs.settled(runId, c[0], c[1]));
    }

    void suspend(ExternalSystem system, SyncFailure failure) {
        Instant now = clock.instant();
        Instant resumeAt =
                "REQUEST_LIMIT_EXCEEDED".equals(failure.code())
                        ? now.plus(LIMIT_RECHECK)
                        : failure.retryAfter() != null ? now.plus(failure.retryAfter()) : null;
        log.warn("Sync suspended by {}: {} {}", system.label(), failure.code(), failure.message());
        suspension.suspend(
                new io.crmsync.sync.SyncSuspension(
                        SuspensionCauses.of(failure),
                        system,
                        failure.code(),
                        failure.message() == null ? failure.code() : failure.message(),
                        now,
                        resumeAt));
    }

    private Instant backoff(List<WorkItem> items) {
        int attempts = items.stream().mapToInt(WorkItem::attempts).max().orElse(0);
        long base = properties.transientBackoff().toMillis() << Math.min(attempts, 7);
        long capped = Math.min(base, Duration.ofMinutes(10).toMillis());
        long jitter = ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return clock.instant().plusMillis(capped / 2 + jitter);
    }

    private Instant nightly(Instant now) {
        ZonedDateTime at = now.atZone(ZoneOffset.UTC).with(properties.nightlyRetryAt()).withNano(0);
        if (!at.toInstant().isAfter(now)) {
            at = at.plusDays(1);
        }
        return at.toInstant();
    }
}
