package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CrmRecord;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * One record waiting to be synced from {@code source}: a change seen by a poll or a webhook, a
 * resync, or a retry. {@code snapshot} is the record as read when the poll already had it, so that
 * it is not read twice; without one the worker reads the record by id. {@code claimToken} names the
 * worker's claim on a queued item; null for an item not claimed.
 */
@NamedInterface("engine")
public record WorkItem(
        long id,
        ExternalSystem source,
        String objectType,
        String recordId,
        CrmRecord snapshot,
        Instant modifiedAt,
        WorkReason reason,
        Long runId,
        int attempts,
        int version,
        String claimToken) {

    static WorkItem of(ExternalSystem source, CrmRecord record, WorkReason reason, Long runId) {
        return new WorkItem(
                0,
                source,
                record.objectType(),
                record.id(),
                record,
                record.modifiedAt(),
                reason,
                runId,
                0,
                0,
                null);
    }

    public static WorkItem byId(
            ExternalSystem source, String objectType, String id, WorkReason reason, Long runId) {
        return new WorkItem(0, source, objectType, id, null, null, reason, runId, 0, 0, null);
    }
}
