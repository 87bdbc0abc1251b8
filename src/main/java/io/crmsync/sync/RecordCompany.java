package io.crmsync.sync;

/**
 * A contact's company on each side (S9): its HubSpot primary company and its Salesforce account.
 *
 * @param hubSpotId the primary company's id; null when the contact has none
 * @param hubSpotName its name, or null when it could not be read
 * @param salesforceId the account's id; null when the contact has none (leads never have one)
 * @param salesforceName its name, or null when it could not be read
 * @param linked whether crmsync links that company with that account
 */
public record RecordCompany(
        String hubSpotId,
        String hubSpotName,
        String salesforceId,
        String salesforceName,
        boolean linked) {}
