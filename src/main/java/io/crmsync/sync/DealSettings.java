package io.crmsync.sync;

/**
 * The Deals tab (PRODUCT.md S16).
 *
 * @param syncEnabled whether deals and opportunities sync; it needs company sync on, or deals would
 *     lose their companies
 * @param salesforceDeletes what a Salesforce opportunity deleted does to its HubSpot deal; a
 *     HubSpot deal deleted never deletes in Salesforce
 */
public record DealSettings(boolean syncEnabled, SalesforceDeleteAction salesforceDeletes) {

    public static final DealSettings DEFAULTS =
            new DealSettings(false, SalesforceDeleteAction.DO_NOTHING);

    public enum SalesforceDeleteAction {
        DO_NOTHING("Do nothing"),
        DELETE_DEAL("Delete the HubSpot deal");

        private final String label;

        SalesforceDeleteAction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DealSettings withSyncEnabled(boolean enabled) {
        return new DealSettings(enabled, salesforceDeletes);
    }

    public DealSettings withSalesforceDeletes(SalesforceDeleteAction action) {
        return new DealSettings(syncEnabled, action);
    }
}
