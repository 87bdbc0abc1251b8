package io.crmsync.spi;

import java.util.regex.Pattern;

/**
 * A Salesforce record's id with its object type, as they travel between modules: an id of 15 or 18
 * letters and digits, and the type it belongs to ({@code Contact}, {@code Lead}, {@code Account}).
 */
public record SalesforceId(String objectType, String value) {

    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?");

    public SalesforceId {
        if (objectType == null || objectType.isBlank()) {
            throw new IllegalArgumentException("A Salesforce record id needs its object type");
        }
        if (value == null || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A Salesforce record id is 15 or 18 letters and digits, not " + value);
        }
    }

    /** The id of that type, or null when there is no id. */
    public static SalesforceId ofNullable(String objectType, String value) {
        return value == null ? null : new SalesforceId(objectType, value);
    }

    @Override
    public String toString() {
        return objectType + " " + value;
    }
}
