package io.crmsync.sync.engine;

import java.time.Instant;

/** A HubSpot record tied to a Salesforce record. */
record Link(
        long id,
        String kind,
        String hubSpotId,
        String salesforceType,
        String salesforceId,
        Instant createdAt,
        Instant lastSyncedAt) {}
