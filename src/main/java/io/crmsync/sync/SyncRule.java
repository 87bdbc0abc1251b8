package io.crmsync.sync;

/** How one mapped field moves between the two CRMs (PRODUCT.md S14). */
public enum SyncRule {
    /** Salesforce's value wins; HubSpot's value fills a blank Salesforce field. The default. */
    PREFER_SALESFORCE_UNLESS_BLANK("Prefer Salesforce unless blank"),
    /** Salesforce's value always wins, blanks included; HubSpot never writes to Salesforce. */
    ALWAYS_SALESFORCE("Always use Salesforce"),
    /** The most recent change on either side wins, and emptied values propagate. */
    TWO_WAY("Two-way"),
    /** The field is not synced. */
    DONT_SYNC("Don't sync");

    private final String label;

    SyncRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
