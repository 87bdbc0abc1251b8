package io.crmsync.sync;

import java.util.List;

/**
 * An object pair an admin manages on its own tab: its settings and its field mappings are kept
 * under this name, and its records are linked under {@link #linkKind()}.
 */
public enum SyncObject {
    CONTACT(
            "contact",
            "Contacts",
            "contact",
            "contacts",
            List.of("Contact", "Lead"),
            "salesforce_record_id"),
    COMPANY(
            "company",
            "Companies",
            "company",
            "companies",
            List.of("Account"),
            "salesforce_account_id"),
    DEAL("deal", "Deals", "deal", "deals", List.of("Opportunity"), "salesforce_opportunity_id");

    private final String linkKind;
    private final String label;
    private final String singular;
    private final String hubSpotType;
    private final List<String> salesforceTypes;
    private final String hubSpotStamp;

    SyncObject(
            String linkKind,
            String label,
            String singular,
            String hubSpotType,
            List<String> salesforceTypes,
            String hubSpotStamp) {
        this.hubSpotStamp = hubSpotStamp;
        this.linkKind = linkKind;
        this.label = label;
        this.singular = singular;
        this.hubSpotType = hubSpotType;
        this.salesforceTypes = salesforceTypes;
    }

    /** The link kind of its records in {@code sync_link}. */
    public String linkKind() {
        return linkKind;
    }

    /** The tab's name: "Contacts". */
    public String label() {
        return label;
    }

    /** One record, in a sentence: "contact". */
    public String singular() {
        return singular;
    }

    public String hubSpotType() {
        return hubSpotType;
    }

    /** The Salesforce objects it syncs with; the first is the one its mappings name. */
    public List<String> salesforceTypes() {
        return salesforceTypes;
    }

    /**
     * The unique HubSpot property crmsync keeps the Salesforce record's id in, so that a link a
     * crash kept from being stored is found again (ADR 032).
     */
    public String hubSpotStamp() {
        return hubSpotStamp;
    }

    /** The object a HubSpot type belongs to. */
    public static SyncObject ofHubSpotType(String type) {
        for (SyncObject o : values()) {
            if (o.hubSpotType.equals(type)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no synced HubSpot object " + type);
    }

    /** The object a Salesforce type belongs to. */
    public static SyncObject ofSalesforceType(String type) {
        for (SyncObject o : values()) {
            if (o.salesforceTypes.contains(type)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no synced Salesforce object " + type);
    }

    /** The pair a link kind belongs to. */
    public static SyncObject ofLinkKind(String kind) {
        for (SyncObject o : values()) {
            if (o.linkKind.equals(kind)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no synced object " + kind);
    }
}
