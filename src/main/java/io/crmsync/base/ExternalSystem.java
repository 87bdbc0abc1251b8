package io.crmsync.base;

/** The two CRMs crmsync keeps in step. */
public enum ExternalSystem {
    SALESFORCE("Salesforce"),
    HUBSPOT("HubSpot");

    private final String label;

    ExternalSystem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The CRM on the other side of the sync. */
    public ExternalSystem other() {
        return this == SALESFORCE ? HUBSPOT : SALESFORCE;
    }
}
