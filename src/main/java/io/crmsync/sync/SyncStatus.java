package io.crmsync.sync;

import java.time.Instant;

/**
 * The sync at a glance.
 *
 * @param enabled whether this node runs the sync
 * @param suspension why the sync is suspended, or null
 * @param backfill the open or latest initial sync or resync, or null
 * @param queued records waiting to sync
 * @param linked contacts linked across the two CRMs
 * @param errors records with a current sync error
 * @param held why the initial sync or resync waits for the API budget, or null
 */
public record SyncStatus(
        boolean enabled,
        SyncSuspension suspension,
        SyncProgress backfill,
        long queued,
        long linked,
        long errors,
        String held,
        Instant checkedAt) {}
