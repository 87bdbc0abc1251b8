package io.crmsync.sync.resilience;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people of the crash harness and what each should finally look like on both sides. A person's
 * identity is the last name {@code Chaos-<n>}, which crmsync syncs and the workload never edits, so
 * that a person split in two (say, after an email changed on both sides) shows as two records with
 * one identity. Values are kept by Salesforce field; {@link #PROPERTIES} names the HubSpot
 * property.
 */
final class ChaosPeople {

    static final Map<String, String> PROPERTIES =
            Map.of(
                    "FirstName", "firstname",
                    "LastName", "lastname",
                    "Email", "email",
                    "Title", "jobtitle");

    /** Salesforce's Title holds 128 characters; this HubSpot job title is longer. */
    static final String LONG_TITLE =
            "Vice President of Worldwide Strategic Partnerships, Alliances, Channel Development and"
                    + " Ecosystem Enablement for Europe, Middle East and Africa";

    /**
     * One edit the workload made and checks at the end: the value {@code field} must finally hold
     * on both sides. For an edit on both sides, {@code value} is the one with the later
     * modification time by the CRMs' own clocks, and {@code other} the one it must have beaten.
     */
    record Edit(
            int person,
            String kind,
            String field,
            String value,
            String other,
            Instant salesforceTime,
            Instant hubSpotTime) {}

    private final String domain;
    private final Map<Integer, Map<String, String>> expected = new ConcurrentHashMap<>();
    private final List<Edit> edits = Collections.synchronizedList(new ArrayList<>());
    private volatile int longTitlePerson = -1;

    ChaosPeople(String domain) {
        this.domain = domain;
    }

    static String identity(int person) {
        return "Chaos-" + person;
    }

    /** The person of a last name, or -1 for a record that is not one of ours. */
    static int person(String lastName) {
        if (lastName == null || !lastName.startsWith("Chaos-")) {
            return -1;
        }
        try {
            return Integer.parseInt(lastName.substring("Chaos-".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A new person's first values, by Salesforce field. */
    Map<String, String> add(int person, String title) {
        Map<String, String> values = new ConcurrentHashMap<>();
        values.put("FirstName", "F" + person);
        values.put("LastName", identity(person));
        values.put("Email", "p" + person + "@" + domain);
        values.put("Title", title);
        expected.put(person, values);
        return Map.copyOf(values);
    }

    void markLongTitle(int person) {
        longTitlePerson = person;
    }

    int longTitlePerson() {
        return longTitlePerson;
    }

    String email(String tag, int person) {
        return "p" + person + "." + tag + "@" + domain;
    }

    void record(Edit edit) {
        expected.get(edit.person()).put(edit.field(), edit.value());
        edits.add(edit);
    }

    Map<Integer, Map<String, String>> expected() {
        return expected;
    }

    List<Edit> edits() {
        synchronized (edits) {
            return List.copyOf(edits);
        }
    }

    /**
     * Whether a side is expected to hold a field's value: Salesforce cannot hold the long job
     * title, which stays only in HubSpot (an error card, not a blank in either).
     */
    boolean checked(int person, String field, boolean salesforce) {
        return !(salesforce && person == longTitlePerson && field.equals("Title"));
    }

    /** HubSpot's values of a person, by HubSpot property. */
    static Map<String, String> toHubSpot(Map<String, String> values) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> out.put(PROPERTIES.get(k), v));
        return out;
    }
}
