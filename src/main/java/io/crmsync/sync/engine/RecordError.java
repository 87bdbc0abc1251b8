package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ErrorType;

/**
 * A record that could not be synced, with the impacted records on both sides when known.
 *
 * @param source the side the change came from; the record there is the one retried
 * @param label a name an admin recognises (the person's name or email)
 */
record RecordError(
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
        String value) {}
