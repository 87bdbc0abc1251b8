package io.crmsync.convert;

/** One row of a picklist translation table: this HubSpot value is that Salesforce value. */
public record ValueTranslation(String hubSpotValue, String salesforceValue) {}
