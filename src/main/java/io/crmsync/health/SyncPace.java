package io.crmsync.health;

import io.crmsync.base.ExternalSystem;
import java.time.Duration;

/**
 * How fast one direction of the sync is going, for Sync Health's gauges.
 *
 * @param lag the 95th percentile of the time from a change on {@code source} to its write on {@code
 *     target}, over the changes written in the last {@link SyncPaceService#LAG_WINDOW}; null when
 *     there were none
 * @param changes how many changed records that percentile is taken over
 * @param recordsPerMinute records written to {@code target} per minute over the last {@link
 *     SyncPaceService#RATE_WINDOW}, backfills included
 * @param quiet no record was written to {@code target} in the last {@link
 *     SyncPaceService#LAG_WINDOW}
 */
public record SyncPace(
        ExternalSystem source,
        ExternalSystem target,
        Duration lag,
        int changes,
        double recordsPerMinute,
        boolean quiet) {}
