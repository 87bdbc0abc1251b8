package io.crmsync.sandbox.hubspot;

import java.util.Map;

/**
 * One change of a record, as webhooks report it.
 *
 * @param kind {@code creation}, {@code deletion}, {@code propertyChange} or {@code merge}
 * @param extra fields only some kinds carry ({@code mergedObjectIds}, {@code changeFlag})
 */
record Change(
        String kind,
        ObjectType type,
        long objectId,
        String propertyName,
        String propertyValue,
        Caller caller,
        long occurredAt,
        Map<String, Object> extra) {}
