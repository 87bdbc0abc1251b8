package io.crmsync.settings.ui;

import com.vaadin.flow.component.Component;
import io.crmsync.sync.SyncObject;

/** The sections of the Deals tab, and what they explain (PRODUCT.md S16). */
final class DealSectionTexts {

    static final String NO_BACKFILL =
            "A mapping change does not fill in the values of existing deals and opportunities by"
                    + " itself.";

    /** Said in the mapping editor of the deal stage, whose values the stage mapping converts. */
    static final String STAGE_VALUES =
            "Its values go through the stage mapping (Pipelines and stages, above), not through"
                    + " value translations: each Salesforce stage maps there to a HubSpot pipeline"
                    + " and stage.";

    private DealSectionTexts() {}

    /** Whether the mapping is the deal stage's, whose values go through the stage mapping. */
    static boolean throughStageMapping(
            SyncObject object, String hubSpotProperty, String salesforceField) {
        return object == SyncObject.DEAL
                && "dealstage".equals(hubSpotProperty)
                && "StageName".equals(salesforceField);
    }

    static TabSection syncing(Component toggle, Component prerequisite) {
        return new TabSection("Syncing deals", toggle, prerequisite)
                .notes(
                        "When it is on, a new or changed Salesforce opportunity creates or updates"
                                + " its HubSpot deal in the pipeline and stage its stage is mapped"
                                + " to, associated with the company of its account and with the"
                                + " contacts of its contact roles.",
                        "A new or changed HubSpot deal creates or updates its Salesforce"
                                + " opportunity, with its company's account as the account and"
                                + " its contacts as contact roles.",
                        "A contact role removed in Salesforce removes the deal's association with"
                                + " that contact, and an association removed in HubSpot removes"
                                + " the contact role.",
                        "Deal sync needs company sync, since an opportunity's account is its"
                                + " deal's company.");
    }

    static TabSection deleting(Component salesforceDeletes) {
        return new TabSection("Deleting deals", salesforceDeletes)
                .notes(
                        "When a HubSpot deal is deleted, opportunities in Salesforce are not"
                                + " deleted.");
    }
}
