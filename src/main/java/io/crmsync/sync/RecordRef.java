package io.crmsync.sync;

/**
 * The ids of a contact on each side; a side is null when the record is not linked to one there.
 *
 * @param salesforceType {@code Contact} or {@code Lead}; null with {@code salesforceId}
 */
public record RecordRef(String hubSpotId, String salesforceType, String salesforceId) {}
