package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;

/**
 * The new state of one synced field after a batch: the canonical value on each side, which side's
 * change set it and when. {@code written} says whether a value was sent to the other side (a
 * provenance entry) or only observed.
 */
record FieldWrite(
        String field,
        String hubSpotValue,
        String salesforceValue,
        ExternalSystem source,
        Instant sourceModifiedAt,
        String rule,
        boolean written) {

    String writtenValue() {
        return source == ExternalSystem.HUBSPOT ? hubSpotValue : salesforceValue;
    }
}
