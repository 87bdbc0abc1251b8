package io.crmsync.connection;

import java.time.Instant;

/**
 * The outcome of a connection test: on success who crmsync reached, otherwise why not.
 *
 * @param accountId the Salesforce org id or HubSpot portal id
 */
public record ConnectionTestResult(
        boolean ok,
        String message,
        String accountId,
        String user,
        String apiVersion,
        String instanceUrl,
        Instant at) {}
