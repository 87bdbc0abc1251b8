package io.crmsync.connection.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.ConnectionMode;
import io.crmsync.connection.ConnectionTestResult;
import io.crmsync.spi.AuthFlow;

/** A row of {@code crm_connection}; the secrets are encrypted. */
public record StoredConnection(
        ExternalSystem system,
        ConnectionMode mode,
        AuthFlow flow,
        String baseUrl,
        String clientId,
        String clientSecretEnc,
        String refreshTokenEnc,
        String accessTokenEnc,
        String linkedAccountId,
        ConnectionTestResult lastTest) {}
