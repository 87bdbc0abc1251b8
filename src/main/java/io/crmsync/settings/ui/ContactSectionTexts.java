package io.crmsync.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The sections of the Contacts tab with the explanations of HubSpot's Salesforce integration. */
final class ContactSectionTexts {

    private ContactSectionTexts() {}

    static TabSection creating(
            Component salesforceChanges, Component hubSpotTarget, Component warnings) {
        return new TabSection("Creating and updating contacts", salesforceChanges)
                .notes(
                        "If new Salesforce leads or contacts are set to create HubSpot contacts, a"
                                + " corresponding contact is created or deduplicated in HubSpot"
                                + " when a Salesforce lead or contact is created, even if the"
                                + " HubSpot contact is not in the inclusion list. Further updates"
                                + " to the contact or lead from either HubSpot or Salesforce sync"
                                + " only while the contact is in the inclusion list.")
                .with(hubSpotTarget, warnings);
    }

    static TabSection companies(Component autoCreate) {
        return new TabSection("Companies", autoCreate)
                .notes(
                        "Companies are deduplicated through their associated contacts, not by"
                                + " domain. A converted lead does not create a second company.",
                        "A new Salesforce contact gets the account of its HubSpot contact's"
                                + " primary company.",
                        "After that, the company follows the side where it last changed: a new"
                                + " primary company in HubSpot moves the Salesforce contact to its"
                                + " account, and another account in Salesforce becomes the HubSpot"
                                + " contact's primary company. Removing a contact's company in"
                                + " HubSpot leaves its Salesforce account as it is.");
    }

    static TabSection deleting(Component salesforceDeletes) {
        return new TabSection("Deleting contacts", salesforceDeletes)
                .notes(
                        "When a HubSpot contact is deleted, contacts and leads in Salesforce are"
                                + " not deleted.");
    }

    static TabSection lifecycle(Component fromOpportunities, Component companySync) {
        return new TabSection("Adjusting lifecycle stage", fromOpportunities, companySync)
                .notes(
                        "This setting will not move a HubSpot contact's lifecycle stage backwards."
                                + " For example, if a HubSpot contact already has a lifecycle"
                                + " stage of Customer, they will not move back to Opportunity if"
                                + " their corresponding Salesforce contact is associated with an"
                                + " open opportunity.",
                        "The lifecycle stage of a HubSpot contact will not impact any"
                                + " corresponding Salesforce records. For example, setting the"
                                + " lifecycle stage of a HubSpot contact to Customer will not"
                                + " convert the corresponding Salesforce lead to a contact.",
                        "The Salesforce contact must be associated with the opportunity via"
                                + " contact roles. Custom relationship fields between Salesforce"
                                + " contacts and opportunities, as well as opportunities with no"
                                + " contact roles, will not trigger automatic lifecycle stage"
                                + " transitions.",
                        "If the company lifecycle stage sync setting is enabled, any other HubSpot"
                                + " contacts that are associated with the same company will also"
                                + " have their lifecycle stage updated.");
    }

    static TabSection limiting(Component inclusionList) {
        return new TabSection("Limiting what syncs", inclusionList)
                .notes(
                        "Only contacts in the inclusion list sync to Salesforce from HubSpot. If"
                                + " no inclusion list is selected, all HubSpot contacts sync to"
                                + " Salesforce. Choose an active list, or create a new list.");
    }

    static TabSection states(Component salesforce, Component hubSpot) {
        HorizontalLayout sides = new HorizontalLayout(salesforce, hubSpot);
        sides.setWrap(true);
        return new TabSection("Matching state and country fields", sides)
                .notes(
                        "Decide whether default state and country values in HubSpot are converted"
                                + " (for example California to CA, United States to US) to pass"
                                + " validation for Salesforce's state and country picklists. A"
                                + " state needs a country.");
    }
}
