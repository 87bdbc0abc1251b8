package io.crmsync.sync;

/**
 * The Contacts tab (PRODUCT.md S7 to S13).
 *
 * @param salesforceChanges S7: what a Salesforce lead or contact change does in HubSpot
 * @param hubSpotTarget S8: what a HubSpot contact becomes in Salesforce
 * @param autoCreateCompanies S9: create and associate companies (accounts) with contacts
 * @param salesforceDeletes S10: what a Salesforce delete does in HubSpot
 * @param lifecycleFromOpportunities S11: set the lifecycle stage from opportunity contact roles
 * @param companyLifecycleSync S11: copy the transition to the other contacts of the company
 * @param inclusionListId S12: the HubSpot list that limits what syncs to Salesforce; null for all
 * @param salesforceStatePicklist S13: how the org's state and country fields are set up
 * @param hubSpotStateValues S13: whether HubSpot values are converted to Salesforce's
 */
public record ContactSettings(
        SalesforceChangeAction salesforceChanges,
        HubSpotTarget hubSpotTarget,
        boolean autoCreateCompanies,
        SalesforceDeleteAction salesforceDeletes,
        boolean lifecycleFromOpportunities,
        boolean companyLifecycleSync,
        String inclusionListId,
        SalesforceStatePicklist salesforceStatePicklist,
        HubSpotStateValues hubSpotStateValues) {

    public static final ContactSettings DEFAULTS =
            new ContactSettings(
                    SalesforceChangeAction.CREATE_OR_UPDATE,
                    HubSpotTarget.CONTACT,
                    true,
                    SalesforceDeleteAction.DO_NOTHING,
                    true,
                    false,
                    null,
                    SalesforceStatePicklist.DISABLED,
                    HubSpotStateValues.MATCH_SALESFORCE_DEFAULTS);

    public ContactSettings withSalesforceChanges(SalesforceChangeAction action) {
        return new ContactSettings(
                action,
                hubSpotTarget,
                autoCreateCompanies,
                salesforceDeletes,
                lifecycleFromOpportunities,
                companyLifecycleSync,
                inclusionListId,
                salesforceStatePicklist,
                hubSpotStateValues);
    }

    public ContactSettings withHubSpotTarget(HubSpotTarget target) {
        return new ContactSettings(
                salesforceChanges,
                target,
                autoCreateCompanies,
                salesforceDeletes,
                lifecycleFromOpportunities,
                companyLifecycleSync,
                inclusionListId,
                salesforceStatePicklist,
                hubSpotStateValues);
    }

    public ContactSettings withAutoCreateCompanies(boolean on) {
        return new ContactSettings(
                salesforceChanges,
                hubSpotTarget,
                on,
                salesforceDeletes,
                lifecycleFromOpportunities,
                companyLifecycleSync,
                inclusionListId,
                salesforceStatePicklist,
                hubSpotStateValues);
    }

    public ContactSettings withSalesforceDeletes(SalesforceDeleteAction action) {
        return new ContactSettings(
                salesforceChanges,
                hubSpotTarget,
                autoCreateCompanies,
                action,
                lifecycleFromOpportunities,
                companyLifecycleSync,
                inclusionListId,
                salesforceStatePicklist,
                hubSpotStateValues);
    }

    /** The inclusion list, or none for a null or blank id. */
    public ContactSettings withInclusionList(String listId) {
        return new ContactSettings(
                salesforceChanges,
                hubSpotTarget,
                autoCreateCompanies,
                salesforceDeletes,
                lifecycleFromOpportunities,
                companyLifecycleSync,
                listId == null || listId.isBlank() ? null : listId,
                salesforceStatePicklist,
                hubSpotStateValues);
    }

    public ContactSettings withStates(SalesforceStatePicklist picklist, HubSpotStateValues values) {
        return new ContactSettings(
                salesforceChanges,
                hubSpotTarget,
                autoCreateCompanies,
                salesforceDeletes,
                lifecycleFromOpportunities,
                companyLifecycleSync,
                inclusionListId,
                picklist,
                values);
    }

    public enum SalesforceChangeAction {
        CREATE_OR_UPDATE,
        DO_NOTHING
    }

    public enum HubSpotTarget {
        CONTACT,
        LEAD
    }

    public enum SalesforceDeleteAction {
        DELETE_CONTACT,
        DO_NOTHING
    }

    public enum SalesforceStatePicklist {
        DISABLED,
        ENABLED,
        CUSTOMIZED
    }

    public enum HubSpotStateValues {
        MATCH_SALESFORCE_DEFAULTS,
        SEND_AS_IS
    }
}
