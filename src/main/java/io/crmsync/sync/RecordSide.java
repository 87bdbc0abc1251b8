package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;

/**
 * One side of a record as the Record page shows it.
 *
 * @param objectType the HubSpot object ({@code contacts}, {@code companies}) or the Salesforce one
 *     ({@code Contact}, {@code Lead}, {@code Account})
 * @param url where to open the record: the Sandbox page when the side is the built-in sandbox, else
 *     the CRM's own record page; null when it cannot be told
 * @param found whether the CRM still has the record
 */
public record RecordSide(
        ExternalSystem system,
        String objectType,
        String id,
        String url,
        boolean sandbox,
        boolean found) {}
