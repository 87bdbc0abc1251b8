package io.crmsync.sync;

import java.time.Instant;

/**
 * The progress of an initial sync or a resync.
 *
 * @param kind {@code INITIAL}, {@code RESYNC} or {@code INCREMENTAL}
 * @param done records settled so far
 * @param total records found so far; grows while the sync is still reading
 * @param perSecond records settled per second since the start
 * @param estimatedFinish when it should be done at that rate; null when unknown or finished
 */
public record SyncProgress(
        long runId,
        String kind,
        Instant startedAt,
        Instant finishedAt,
        long done,
        long total,
        long failed,
        double perSecond,
        Instant estimatedFinish) {

    public boolean finished() {
        return finishedAt != null;
    }

    /** Between 0 and 1. */
    public double fraction() {
        return total == 0 ? (finished() ? 1 : 0) : Math.min(1, (double) done / total);
    }
}
