package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;

/**
 * One value that crmsync wrote to a field of a linked record.
 *
 * @param field the HubSpot property of the mapping
 * @param source the side whose change set the value; {@code target} is the side written
 * @param sourceModifiedAt when the source record changed, as its CRM says
 */
public record RecordProvenanceEntry(
        Instant writtenAt,
        String field,
        String value,
        ExternalSystem source,
        ExternalSystem target,
        String rule,
        Long runId,
        Instant sourceModifiedAt) {}
