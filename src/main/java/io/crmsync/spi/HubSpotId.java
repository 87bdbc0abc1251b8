package io.crmsync.spi;

import java.util.regex.Pattern;

/** A HubSpot record's id, as it travels between modules: digits, never blank. */
public record HubSpotId(String value) {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");

    public HubSpotId {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A HubSpot record id is digits, not " + value);
        }
    }

    /** The id, or null for none. */
    public static HubSpotId ofNullable(String value) {
        return value == null ? null : new HubSpotId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
