package io.crmsync.connection;

import io.crmsync.spi.ApiLimits;
import java.time.Instant;

/**
 * The outcome of a connection test: on success who crmsync reached, otherwise why not.
 *
 * @param accountId the Salesforce org id or HubSpot portal id
 * @param limits the CRM's daily API limit as the test found it; null when the test failed, and its
 *     parts null when the CRM did not tell them
 */
public record ConnectionTestResult(
        boolean ok,
        String message,
        String accountId,
        String user,
        String apiVersion,
        String instanceUrl,
        Instant at,
        ApiLimits limits) {}
