package io.crmsync.sandbox.salesforce;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the shape of two JSON documents: the same field names and the same value types,
 * recursively; values may differ. A null on either side matches any type, as a real record's empty
 * field does; an empty expected object matches any object, as recordings elide some. Every element
 * of an actual array is compared with the expected element of the same {@code name} if there is
 * one, else the first.
 */
final class JsonShape {

    private JsonShape() {}

    /** The differences, one line each, with a JSON path; empty when the shapes agree. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare(expected, actual, "$", differences);
        return differences;
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> out) {
        if (expected == null || actual == null || expected.isNull() || actual.isNull()) {
            return;
        }
        String expectedType = type(expected);
        String actualType = type(actual);
        if (!expectedType.equals(actualType)) {
            out.add(path + ": expected " + expectedType + " but was " + actualType);
            return;
        }
        if (expected.isObject() && !expected.isEmpty()) {
            Set<String> expectedNames = new TreeSet<>(expected.propertyNames());
            Set<String> actualNames = new TreeSet<>(actual.propertyNames());
            for (String name : expectedNames) {
                if (!actualNames.contains(name)) {
                    out.add(path + "." + name + ": missing");
                } else {
                    compare(expected.get(name), actual.get(name), path + "." + name, out);
                }
            }
            actualNames.stream()
                    .filter(n -> !expectedNames.contains(n))
                    .forEach(n -> out.add(path + "." + n + ": unexpected"));
        } else if (expected.isArray() && !expected.isEmpty()) {
            for (int i = 0; i < actual.size(); i++) {
                compare(
                        counterpart(expected, actual.get(i)),
                        actual.get(i),
                        path + "[" + i + "]",
                        out);
            }
        }
    }

    private static JsonNode counterpart(JsonNode expected, JsonNode element) {
        if (element.isObject() && element.has("name") && element.get("name").isString()) {
            for (JsonNode candidate : expected) {
                if (candidate.isObject()
                        && candidate.has("name")
                        && element.get("name")
                                .asString()
                                .equals(candidate.get("name").asString())) {
                    return candidate;
                }
            }
        }
        return expected.get(0);
    }

    private static String type(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return "string";
    }
}
