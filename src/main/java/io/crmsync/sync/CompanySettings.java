package io.crmsync.sync;

/**
 * The Companies tab (PRODUCT.md S15).
 *
 * @param syncEnabled whether companies and accounts sync as records of their own
 * @param salesforceDeletes what a Salesforce account deleted does to its HubSpot company; a HubSpot
 *     company deleted never deletes in Salesforce
 */
public record CompanySettings(boolean syncEnabled, SalesforceDeleteAction salesforceDeletes) {

    public static final CompanySettings DEFAULTS =
            new CompanySettings(false, SalesforceDeleteAction.DO_NOTHING);

    public enum SalesforceDeleteAction {
        DO_NOTHING("Do nothing"),
        DELETE_COMPANY("Delete the HubSpot company");

        private final String label;

        SalesforceDeleteAction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CompanySettings withSyncEnabled(boolean enabled) {
        return new CompanySettings(enabled, salesforceDeletes);
    }

    public CompanySettings withSalesforceDeletes(SalesforceDeleteAction action) {
        return new CompanySettings(syncEnabled, action);
    }
}
