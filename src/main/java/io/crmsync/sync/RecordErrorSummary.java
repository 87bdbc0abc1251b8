package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ErrorType;
import java.time.Instant;

/**
 * A current sync error of a record.
 *
 * @param source the side whose change could not be synced
 * @param field the field at fault; empty when the error concerns the whole record
 * @param nextRetryAt when crmsync tries again; null when no retry is planned
 */
public record RecordErrorSummary(
        ExternalSystem source,
        String objectType,
        String recordId,
        ErrorType type,
        String code,
        String message,
        String field,
        String value,
        Instant firstSeen,
        Instant lastTried,
        int attempts,
        Instant nextRetryAt) {}
