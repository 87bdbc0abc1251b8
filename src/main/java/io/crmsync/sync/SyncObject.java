package io.crmsync.sync;

import java.util.List;

/**
 * An object pair an admin manages on its own tab: its settings and its field mappings are kept
 * under this name, and its records are linked under {@link #linkKind()}.
 */
public enum SyncObject {
    CONTACT("contact", "Contacts", "contact", "contacts", List.of("Contact", "Lead")),
    COMPANY("company", "Companies", "company", "companies", List.of("Account"));

    private final String linkKind;
    private final String label;
    private final String singular;
    private final String hubSpotType;
    private final List<String> salesforceTypes;

    SyncObject(
            String linkKind,
            String label,
            String singular,
            String hubSpotType,
            List<String> salesforceTypes) {
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
