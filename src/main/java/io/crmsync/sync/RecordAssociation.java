package io.crmsync.sync;

/**
 * A record associated with the one shown: a company's contact, a contact's company.
 *
 * @param inHubSpot whether HubSpot associates the two records
 * @param inSalesforce whether Salesforce does (a contact's {@code AccountId})
 */
public record RecordAssociation(RecordSummary record, boolean inHubSpot, boolean inSalesforce) {}
