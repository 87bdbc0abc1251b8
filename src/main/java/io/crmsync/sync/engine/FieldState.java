package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;

/**
 * What crmsync last knew of one synced field of a link: the value on each side (in canonical form),
 * which side's change set it, and that change's modification time.
 */
record FieldState(
        String field,
        String hubSpotValue,
        String salesforceValue,
        ExternalSystem source,
        Instant sourceModifiedAt) {

    String valueOn(ExternalSystem side) {
        return side == ExternalSystem.HUBSPOT ? hubSpotValue : salesforceValue;
    }
}
