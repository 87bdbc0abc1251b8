package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;

/**
 * The record a sync error is about, with its ids on both sides when known.
 *
 * @param source the side whose change failed; its record there is the one retried
 * @param objectType the record's object type on {@code source}
 * @param recordId the record's id on {@code source}
 * @param salesforceType {@code Contact}, {@code Lead} or {@code Account}; null with {@code
 *     salesforceId}
 * @param label a name an admin recognises (the person's name or email)
 */
public record ImpactedRecord(
        ExternalSystem source,
        String objectType,
        String recordId,
        String hubSpotId,
        String salesforceType,
        String salesforceId,
        String label) {}
