package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the shape of two JSON values (as parsed to maps, lists and scalars): every field of the
 * expected value must exist in the actual one with the same JSON type, recursively; values may
 * differ. A null on either side matches any type. Arrays compare their first elements. Objects
 * named in {@code freeForm} (such as {@code properties}) hold data as keys: only their values'
 * types are checked, against {@code freeFormValue}.
 */
final class JsonShape {

    private JsonShape() {}

    static List<String> differences(Object expected, Object actual, Set<String> freeForm) {
        List<String> differences = new ArrayList<>();
        compare("$", null, expected, actual, freeForm, differences);
        return differences;
    }

    static String type(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return "string";
    }

    private static void compare(
            String path,
            String key,
            Object expected,
            Object actual,
            Set<String> freeForm,
            List<String> differences) {
        if (expected == null || actual == null) {
            return;
        }
        String want = type(expected);
        String got = type(actual);
        if (!want.equals(got)) {
            differences.add(path + ": expected " + want + " but was " + got);
            return;
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            if (key != null && freeForm.contains(key)) {
                a.forEach(
                        (k, v) -> {
                            if (v != null && !"string".equals(type(v))) {
                                differences.add(
                                        path
                                                + "."
                                                + k
                                                + ": expected string or null but was "
                                                + type(v));
                            }
                        });
                return;
            }
            e.forEach(
                    (k, v) -> {
                        if (!a.containsKey(k)) {
                            differences.add(path + "." + k + ": missing");
                        } else {
                            compare(
                                    path + "." + k,
                                    k.toString(),
                                    v,
                                    a.get(k),
                                    freeForm,
                                    differences);
                        }
                    });
        } else if (expected instanceof List<?> e
                && actual instanceof List<?> a
                && !e.isEmpty()
                && !a.isEmpty()) {
            compare(path + "[0]", key, e.getFirst(), a.getFirst(), freeForm, differences);
        }
    }
}
