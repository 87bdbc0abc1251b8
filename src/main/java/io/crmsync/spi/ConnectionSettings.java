package io.crmsync.spi;

import io.crmsync.base.ExternalSystem;

/**
 * Everything a connector needs to reach one CRM, with secrets in clear: it lives only in memory and
 * is never logged ({@link #toString()} hides the secrets).
 *
 * @param sandbox whether this is the built-in sandbox rather than a real account
 * @param baseUrl Salesforce: the login URL or My Domain, where the token endpoint is; HubSpot: the
 *     API base, such as {@code https://api.hubapi.com}
 * @param authorizationUrl HubSpot only: where the OAuth token endpoint is, when it differs from the
 *     API base; null otherwise
 * @param clientId the OAuth client (consumer) id; null for a HubSpot private app
 * @param clientSecret the OAuth client secret; also the key of HubSpot webhook signatures
 * @param refreshToken the refresh token of an authorization-code or OAuth flow
 * @param accessToken a HubSpot private-app token
 */
public record ConnectionSettings(
        ExternalSystem system,
        boolean sandbox,
        AuthFlow flow,
        String baseUrl,
        String authorizationUrl,
        String clientId,
        String clientSecret,
        String refreshToken,
        String accessToken) {

    @Override
    public String toString() {
        return "ConnectionSettings["
                + system
                + ", sandbox="
                + sandbox
                + ", flow="
                + flow
                + ", baseUrl="
                + baseUrl
                + ", clientId="
                + clientId
                + ", secrets hidden]";
    }
}
