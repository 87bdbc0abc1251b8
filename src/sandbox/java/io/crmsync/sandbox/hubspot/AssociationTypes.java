package io.crmsync.sandbox.hubspot;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** HubSpot's default (HUBSPOT_DEFINED) association type ids between the standard object types. */
final class AssociationTypes {

    private static final Map<String, Integer> DEFAULTS = new HashMap<>();
    private static final Map<Integer, Integer> INVERSE = new HashMap<>();
    private static final Map<String, Integer> PRIMARY = new HashMap<>();
    private static final Map<String, String> TARGETS = new HashMap<>();
    private static final Set<Integer> PRIMARY_IDS = Set.of(1, 2, 5, 6, 25, 26);

    static {
        pair("0-1", "0-2", 279, 280);
        pair("0-3", "0-1", 3, 4);
        pair("0-3", "0-2", 341, 342);
        pair("0-5", "0-1", 16, 15);
        pair("0-5", "0-2", 339, 340);
        pair("0-3", "0-5", 27, 28);
        engagement("0-46", 202, 190, 214, 228);
        engagement("0-27", 204, 192, 216, 230);
        engagement("0-48", 194, 182, 206, 220);
        engagement("0-47", 200, 188, 212, 226);
        engagement("0-49", 198, 186, 210, 224);
        primary("0-1", "0-2", 1, 2);
        primary("0-3", "0-2", 5, 6);
        primary("0-5", "0-2", 26, 25);
    }

    private AssociationTypes() {}

    private static void pair(String from, String to, int forward, int backward) {
        DEFAULTS.put(from + ">" + to, forward);
        DEFAULTS.put(to + ">" + from, backward);
        TARGETS.put(from + ">" + forward, to);
        TARGETS.put(to + ">" + backward, from);
        INVERSE.put(forward, backward);
        INVERSE.put(backward, forward);
    }

    private static void engagement(String from, int contact, int company, int deal, int ticket) {
        pair(from, "0-1", contact, contact - 1);
        pair(from, "0-2", company, company - 1);
        pair(from, "0-3", deal, deal - 1);
        pair(from, "0-5", ticket, ticket - 1);
    }

    private static void primary(String from, String to, int forward, int backward) {
        PRIMARY.put(from + ">" + to, forward);
        PRIMARY.put(to + ">" + from, backward);
        TARGETS.put(from + ">" + forward, to);
        TARGETS.put(to + ">" + backward, from);
        INVERSE.put(forward, backward);
        INVERSE.put(backward, forward);
    }

    /** The unlabeled default type from one object type to another, or null if none. */
    static Integer defaultType(String fromTypeId, String toTypeId) {
        return DEFAULTS.get(fromTypeId + ">" + toTypeId);
    }

    static Integer primaryType(String fromTypeId, String toTypeId) {
        return PRIMARY.get(fromTypeId + ">" + toTypeId);
    }

    /** The object type a HUBSPOT_DEFINED type id leads to from the given type, or null. */
    static String target(String fromTypeId, int typeId) {
        return TARGETS.get(fromTypeId + ">" + typeId);
    }

    /** The type id of the same association seen from the other side. */
    static int inverse(int typeId) {
        return INVERSE.getOrDefault(typeId, typeId);
    }

    static boolean isPrimary(String category, int typeId) {
        return "HUBSPOT_DEFINED".equals(category) && PRIMARY_IDS.contains(typeId);
    }
}
