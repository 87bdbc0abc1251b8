package io.crmsync.sync;

import java.util.List;

/**
 * A record of a synced object as the Record page shows it: both sides, the link, the field values
 * read just now, the records associated with it on either side, where each synced value came from
 * (newest first), and the record's current errors.
 *
 * @param label the person's name or email, the company's name
 * @param hubSpot the HubSpot side; null when the record has none
 * @param salesforce the Salesforce side; null when the record has none
 * @param link null when the record is not linked
 * @param unlink how the record lost its link after a deletion; null when linked or never linked
 */
public record RecordDetails(
        SyncObject object,
        String label,
        RecordSide hubSpot,
        RecordSide salesforce,
        RecordLink link,
        List<RecordField> fields,
        RecordAssociations associations,
        List<RecordProvenanceEntry> provenance,
        List<RecordErrorSummary> errors,
        RecordUnlink unlink) {

    public RecordDetails {
        fields = List.copyOf(fields);
        provenance = List.copyOf(provenance);
        errors = List.copyOf(errors);
    }

    public RecordRef ref() {
        return RecordRef.of(
                object,
                hubSpot == null ? null : hubSpot.id(),
                salesforce == null ? null : salesforce.objectType(),
                salesforce == null ? null : salesforce.id());
    }
}
