package io.crmsync.sync.engine;

import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.RecordField;
import java.math.BigDecimal;

/** How a contact's HubSpot and Salesforce values of one field compare. */
final class FieldDifferences {

    private FieldDifferences() {}

    /**
     * Why a HubSpot and a Salesforce value differ by the mapping's own choice: Salesforce holds the
     * start of a text it could not take whole, or the mapping's default value for a blank one.
     */
    static String remedy(FieldMapping mapping, String hubSpot, String salesforce) {
        if (salesforce == null || salesforce.isEmpty()) {
            return null;
        }
        if (mapping.truncate()
                && hubSpot != null
                && hubSpot.length() > salesforce.length()
                && hubSpot.startsWith(salesforce)) {
            return RecordField.TRUNCATED;
        }
        if (salesforce.equals(mapping.defaultValue()) && (hubSpot == null || hubSpot.isBlank())) {
            return RecordField.DEFAULTED;
        }
        return null;
    }

    /** Equal text, or equal numbers written differently ({@code 5} and {@code 5.0}). */
    static boolean same(String a, String b) {
        String left = a == null ? "" : a.strip();
        String right = b == null ? "" : b.strip();
        if (left.equals(right)) {
            return true;
        }
        try {
            return new BigDecimal(left).compareTo(new BigDecimal(right)) == 0;
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }
}
