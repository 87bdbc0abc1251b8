package io.crmsync.sandbox.salesforce.store;

import java.util.Optional;

/**
 * Salesforce record ids: a 3-character key prefix, 12 characters of base-62 counter, and the
 * 3-character case-safe suffix that makes the 18-character form.
 */
public final class SalesforceIds {

    private static final String BASE62 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private SalesforceIds() {}

    /** The 18-character id for a key prefix and a counter value. */
    public static String of(String keyPrefix, long counter) {
        StringBuilder digits = new StringBuilder();
        long rest = counter;
        for (int i = 0; i < 9; i++) {
            digits.insert(0, BASE62.charAt((int) (rest % 62)));
            rest /= 62;
        }
        return to18(keyPrefix + "5g0" + digits);
    }

    /** The counter encoded in an id made by {@link #of}. */
    public static long counter(String id) {
        long value = 0;
        for (char c : id.substring(6, 15).toCharArray()) {
            value = value * 62 + BASE62.indexOf(c);
        }
        return value;
    }

    public static String to18(String id15) {
        StringBuilder suffix = new StringBuilder();
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(SUFFIX.charAt(bits));
        }
        return id15 + suffix;
    }

    /**
     * The 18-character form of a 15- or 18-character id, or empty when it is not a well-formed id
     * (wrong length, characters or checksum).
     */
    public static Optional<String> normalize(String id) {
        if (id == null || (id.length() != 15 && id.length() != 18)) {
            return Optional.empty();
        }
        for (char c : id.substring(0, 15).toCharArray()) {
            if (BASE62.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        String full = to18(id.substring(0, 15));
        if (id.length() == 18 && !full.equalsIgnoreCase(id)) {
            return Optional.empty();
        }
        return Optional.of(full);
    }
}
