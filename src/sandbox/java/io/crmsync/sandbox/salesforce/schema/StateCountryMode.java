package io.crmsync.sandbox.salesforce.schema;

/** The org's State and Country/Territory Picklists setting. */
public enum StateCountryMode {
    /** Free-text state and country fields only; no {@code *Code} fields exist. */
    DISABLED,
    /** Code picklists with the standard integration values. */
    ENABLED,
    /**
     * Code picklists whose integration values an admin changed (United States is "USA", United
     * Kingdom is "UK"), as many real orgs have.
     */
    CUSTOMIZED
}
