package io.crmsync.sync;

import io.crmsync.spi.HubSpotId;
import io.crmsync.spi.SalesforceId;
import java.util.List;

/**
 * A contact as the Record page shows it: both sides, the link, the field values read just now,
 * where each synced value came from (newest first), and the record's current errors.
 *
 * @param label the person's name or email
 * @param hubSpot the HubSpot side; null when the record has none
 * @param salesforce the Salesforce side; null when the record has none
 * @param link null when the record is not linked
 * @param company the contact's company and account; null when it has neither
 * @param unlink how the contact lost its link after a deletion; null when linked or never linked
 */
public record RecordDetails(
        String label,
        RecordSide hubSpot,
        RecordSide salesforce,
        RecordLink link,
        RecordCompany company,
        List<RecordField> fields,
        List<RecordProvenanceEntry> provenance,
        List<RecordErrorSummary> errors,
        RecordUnlink unlink) {

    public RecordDetails {
        fields = List.copyOf(fields);
        provenance = List.copyOf(provenance);
        errors = List.copyOf(errors);
    }

    public RecordRef ref() {
        return new RecordRef(
                hubSpot == null ? null : HubSpotId.ofNullable(hubSpot.id()),
                salesforce == null
                        ? null
                        : SalesforceId.ofNullable(salesforce.objectType(), salesforce.id()));
    }
}
