package io.crmsync.sync;

import io.crmsync.spi.HubSpotId;
import io.crmsync.spi.SalesforceId;

/**
 * A record of a synced object by its ids on each side; a side is null when the record is not linked
 * to one there. HubSpot ids are unique within an object only, so the object travels with them.
 */
public record RecordRef(SyncObject object, HubSpotId hubSpot, SalesforceId salesforce) {

    public RecordRef {
        if (object == null) {
            throw new IllegalArgumentException("A record names its synced object");
        }
        if (salesforce != null && !object.salesforceTypes().contains(salesforce.objectType())) {
            throw new IllegalArgumentException(
                    "A " + object.singular() + " is not a Salesforce " + salesforce.objectType());
        }
    }

    /** A contact's ids. */
    public RecordRef(HubSpotId hubSpot, SalesforceId salesforce) {
        this(SyncObject.CONTACT, hubSpot, salesforce);
    }

    /** The ids as text, either or both null. */
    public static RecordRef of(
            SyncObject object, String hubSpotId, String salesforceType, String salesforceId) {
        return new RecordRef(
                object,
                HubSpotId.ofNullable(hubSpotId),
                salesforceType == null
                        ? null
                        : SalesforceId.ofNullable(salesforceType, salesforceId));
    }

    /** The id that names the record on its own: the Salesforce one when it has one. */
    public String id() {
        return salesforce != null ? salesforce.value() : hubSpot == null ? null : hubSpot.value();
    }
}
