package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;

/**
 * The tie between a HubSpot record and a Salesforce one: a contact and a lead or contact, a company
 * and an account.
 *
 * @param lastDirection the side crmsync last wrote a value to; null before the first write
 */
public record RecordLink(
        long id,
        Instant createdAt,
        Instant lastSyncedAt,
        Long lastRunId,
        ExternalSystem lastDirection) {}
