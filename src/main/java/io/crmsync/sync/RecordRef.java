package io.crmsync.sync;

import io.crmsync.spi.HubSpotId;
import io.crmsync.spi.SalesforceId;

/** The ids of a contact on each side; a side is null when the record is not linked to one there. */
public record RecordRef(HubSpotId hubSpot, SalesforceId salesforce) {}
