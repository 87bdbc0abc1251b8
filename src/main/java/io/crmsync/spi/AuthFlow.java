package io.crmsync.spi;

/** How crmsync authenticates to a CRM. */
public enum AuthFlow {
    /** Salesforce OAuth 2.0 client credentials, sent to the org's My Domain (or the sandbox). */
    SALESFORCE_CLIENT_CREDENTIALS,
    /** Salesforce OAuth 2.0 authorization code with PKCE; crmsync keeps the refresh token. */
    SALESFORCE_AUTHORIZATION_CODE,
    /** A HubSpot private-app access token. */
    HUBSPOT_PRIVATE_APP,
    /** A HubSpot OAuth app; crmsync keeps the refresh token. */
    HUBSPOT_OAUTH
}
