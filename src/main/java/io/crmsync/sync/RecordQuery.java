package io.crmsync.sync;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What someone typed to find a contact: an email, a HubSpot id, or a Salesforce lead or contact id
 * (15 or 18 characters, kept as 18).
 *
 * @param value the email in lower case, or the id
 * @param salesforceType {@code Contact} or {@code Lead} for a Salesforce id, else null
 */
public record RecordQuery(Kind kind, String value, String salesforceType) {

    public enum Kind {
        EMAIL,
        HUBSPOT_ID,
        SALESFORCE_ID,
        UNRECOGNISED
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern HUBSPOT_ID = Pattern.compile("\\d{1,20}");
    private static final Pattern SALESFORCE_ID =
            Pattern.compile("(003|00Q)[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?");
    private static final String SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    public static RecordQuery parse(String text) {
        String q = text == null ? "" : text.strip();
        if (EMAIL.matcher(q).matches()) {
            return new RecordQuery(Kind.EMAIL, q.toLowerCase(Locale.ROOT), null);
        }
        if (HUBSPOT_ID.matcher(q).matches()) {
            return new RecordQuery(Kind.HUBSPOT_ID, q, null);
        }
        if (SALESFORCE_ID.matcher(q).matches()) {
            String id = q.length() == 15 ? to18(q) : q.substring(0, 15) + suffixOf(q);
            return new RecordQuery(
                    Kind.SALESFORCE_ID, id, q.startsWith("00Q") ? "Lead" : "Contact");
        }
        return new RecordQuery(Kind.UNRECOGNISED, q, null);
    }

    /** The 18-character, case-safe form of a 15-character Salesforce id. */
    static String to18(String id15) {
        return id15 + suffixOf(id15);
    }

    private static String suffixOf(String id) {
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int flags = 0;
            for (int i = 0; i < 5; i++) {
                char c = id.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    flags |= 1 << i;
                }
            }
            suffix.append(SUFFIX.charAt(flags));
        }
        return suffix.toString();
    }
}
