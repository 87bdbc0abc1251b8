package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.ImpactedRecord;

/** A record that could not be synced, and why. */
record RecordError(
        ImpactedRecord record,
        ErrorType type,
        String code,
        String message,
        String field,
        String value) {

    /**
     * @param source the side the change came from; the record there is the one retried
     * @param label a name an admin recognises (the person's name or email)
     */
    RecordError(
            ExternalSystem source,
            String objectType,
            String recordId,
            String hubSpotId,
            String salesforceType,
            String salesforceId,
            String label,
            ErrorType type,
            String code,
            String message,
            String field,
            String value) {
        this(
                new ImpactedRecord(
                        source,
                        objectType,
                        recordId,
                        hubSpotId,
                        salesforceType,
                        salesforceId,
                        label),
                type,
                code,
                message,
                field,
                value);
    }

    /** The id on the source side, which the engine matches the error to its work item by. */
    String recordId() {
        return record.recordId();
    }
}
