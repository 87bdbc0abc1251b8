package io.crmsync.sync;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What someone typed to find a record: an email (a contact), a HubSpot id (of any synced object), a
 * Salesforce id of a synced object (15 or 18 characters, kept as 18), or else a name or a domain (a
 * company).
 *
 * @param value the email in lower case, the id, or the name as typed without outer spaces
 * @param salesforceType the object a Salesforce id belongs to ({@code Contact}, {@code Account}),
 *     else null
 */
public record RecordQuery(Kind kind, String value, String salesforceType) {

    public enum Kind {
        EMAIL,
        HUBSPOT_ID,
        SALESFORCE_ID,
        NAME,
        UNRECOGNISED
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern HUBSPOT_ID = Pattern.compile("\\d{1,20}");
    private static final Pattern SALESFORCE_ID =
            Pattern.compile("[a-zA-Z0-9]{3}[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?");
    private static final String SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    /** The key prefixes of the standard objects a pair can sync; an id starts with its object's. */
    private static final Map<String, String> KEY_PREFIXES =
            Map.of(
                    "001", "Account",
                    "003", "Contact",
                    "00Q", "Lead",
                    "006", "Opportunity",
                    "500", "Case");

    public static RecordQuery parse(String text) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return new RecordQuery(Kind.UNRECOGNISED, q, null);
        }
        if (EMAIL.matcher(q).matches()) {
            return new RecordQuery(Kind.EMAIL, q.toLowerCase(Locale.ROOT), null);
        }
        if (HUBSPOT_ID.matcher(q).matches()) {
            return new RecordQuery(Kind.HUBSPOT_ID, q, null);
        }
        Optional<String> type = salesforceTypeOf(q);
        if (type.isPresent()) {
            String id = q.length() == 15 ? to18(q) : q.substring(0, 15) + suffixOf(q);
            return new RecordQuery(Kind.SALESFORCE_ID, id, type.get());
        }
        return new RecordQuery(Kind.NAME, q, null);
    }

    /** The synced object a Salesforce id belongs to; null unless the query is one. */
    public SyncObject object() {
        return salesforceType == null ? null : SyncObject.ofSalesforceType(salesforceType);
    }

    /**
     * The synced Salesforce object an id of 15 or 18 letters and digits belongs to, told by its key
     * prefix; empty when it is no such id.
     */
    public static Optional<String> salesforceTypeOf(String id) {
        if (id == null || !SALESFORCE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        String type = KEY_PREFIXES.get(id.substring(0, 3));
        boolean synced =
                type != null
                        && Arrays.stream(SyncObject.values())
                                .anyMatch(o -> o.salesforceTypes().contains(type));
        return synced ? Optional.of(type) : Optional.empty();
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
