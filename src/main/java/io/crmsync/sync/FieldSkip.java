package io.crmsync.sync;

import java.time.Instant;

/**
 * A mapped field that crmsync does not write, either way, for one contact: a remedy for an error
 * that only that record has (docs/adr/017-error-remedies.md).
 *
 * @param hubSpotId the HubSpot contact, or null when it had none when the skip was made
 * @param salesforceId the Salesforce lead or contact, or null likewise
 * @param reason the error code the skip was made for
 */
public record FieldSkip(
        long id,
        String hubSpotId,
        String salesforceType,
        String salesforceId,
        String label,
        String hubSpotProperty,
        String salesforceField,
        String reason,
        String createdBy,
        Instant createdAt) {

    /** How the audit log and the Records page name it. */
    public String describe() {
        return hubSpotProperty
                + " ↔ "
                + salesforceField
                + " for "
                + (label != null ? label : hubSpotId != null ? hubSpotId : salesforceId);
    }
}
