package io.crmsync.connection;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.AuthFlow;

/**
 * What an Admin entered for one side. A secret that is null or blank keeps the saved one.
 *
 * @param baseUrl Salesforce: the login URL or My Domain; HubSpot: the API base
 */
public record ConnectionForm(
        ExternalSystem system,
        ConnectionMode mode,
        AuthFlow flow,
        String baseUrl,
        String clientId,
        String clientSecret,
        String refreshToken,
        String accessToken) {

    @Override
    public String toString() {
        return "ConnectionForm[" + system + ", " + mode + ", " + flow + ", " + baseUrl + "]";
    }
}
