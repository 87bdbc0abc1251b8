package io.crmsync.connection;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.AuthFlow;

/**
 * One side's connection as anyone may see it: no secret, only whether each is set.
 *
 * @param baseUrl the saved URL of the real account (also kept while the side uses the sandbox)
 * @param effectiveUrl where crmsync goes now: the sandbox or the real account
 * @param linkedAccountId the org or portal whose records crmsync's links point to, once known
 * @param lastTest the last test of the saved settings, or null
 * @param sandboxAvailable whether the built-in sandboxes run in this installation
 */
public record ConnectionSummary(
        ExternalSystem system,
        ConnectionMode mode,
        AuthFlow flow,
        String baseUrl,
        String effectiveUrl,
        String clientId,
        boolean clientSecretSet,
        boolean refreshTokenSet,
        boolean accessTokenSet,
        String linkedAccountId,
        ConnectionTestResult lastTest,
        boolean sandboxAvailable) {}
