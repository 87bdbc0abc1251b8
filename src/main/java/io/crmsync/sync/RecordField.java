package io.crmsync.sync;

/**
 * A mapped field of a contact with its value on each side, as read just now.
 *
 * @param differs whether both sides hold the record and their values are not the same, for no
 *     reason the mapping gives
 * @param remedy why the values may differ by design: {@link #TRUNCATED} when Salesforce holds the
 *     start of a HubSpot text its field is too short for, {@link #DEFAULTED} when it holds the
 *     mapping's default value; null otherwise
 */
public record RecordField(
        String hubSpotProperty,
        String salesforceField,
        SyncRule rule,
        String hubSpotValue,
        String salesforceValue,
        boolean differs,
        String remedy) {

    public static final String TRUNCATED = "Truncated in Salesforce";
    public static final String DEFAULTED = "Salesforce default";
}
