package io.crmsync.spi;

/**
 * Who crmsync is talking to.
 *
 * @param accountId the Salesforce org id or the HubSpot portal (hub) id
 * @param userId the integration user, as the CRM knows it
 * @param userName a readable name for that user, when the CRM tells it
 * @param apiVersion the API version in use, such as {@code v62.0} or {@code v3}
 * @param baseUrl where the API is served (the Salesforce instance URL, the HubSpot API base)
 */
public record Identity(
        String accountId, String userId, String userName, String apiVersion, String baseUrl) {}
