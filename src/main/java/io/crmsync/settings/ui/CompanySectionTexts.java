package io.crmsync.settings.ui;

import com.vaadin.flow.component.Component;

/** The sections of the Companies tab, and what they explain (PRODUCT.md S15). */
final class CompanySectionTexts {

    static final String NO_BACKFILL =
            "A mapping change does not fill in the values of existing companies and accounts by"
                    + " itself.";

    private CompanySectionTexts() {}

    static TabSection syncing(Component toggle) {
        return new TabSection("Syncing companies", toggle)
                .notes(
                        "When it is on, a new or changed Salesforce account creates or updates its"
                                + " HubSpot company.",
                        "A HubSpot company creates a Salesforce account only when Automatically"
                                + " create and associate companies with contacts (on the Contacts"
                                + " tab) created it, when it is associated with a contact that"
                                + " syncs to a Salesforce contact without an account, when one of"
                                + " its associated contacts qualifies for the inclusion list, or"
                                + " when Sync now is used on it.",
                        "A company and an account are matched by the link crmsync keeps, then by"
                                + " the company's salesforce_account_id property, then through"
                                + " their associated contacts; never by domain.",
                        "When it is off, companies and accounts do not sync as records of their"
                                + " own; the company settings of the Contacts tab still apply to"
                                + " each contact's company.");
    }

    static TabSection deleting(Component salesforceDeletes) {
        return new TabSection("Deleting companies", salesforceDeletes)
                .notes(
                        "When a HubSpot company is deleted, accounts in Salesforce are not"
                                + " deleted.");
    }
}
