package io.crmsync.sync;

/**
 * A mapped field of a contact with its value on each side, as read just now.
 *
 * @param differs whether both sides hold the record and their values are not the same
 */
public record RecordField(
        String hubSpotProperty,
        String salesforceField,
        SyncRule rule,
        String hubSpotValue,
        String salesforceValue,
        boolean differs) {}
