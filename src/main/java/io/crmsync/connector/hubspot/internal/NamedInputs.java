package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.SyncFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inputs that a whole-batch refusal names. HubSpot names no index, but its messages carry the
 * refused value: each entry of "Property values were not valid" names a property and quotes its
 * value ("Email address x is invalid", "x was not one of the allowed options"), and other refusals
 * may quote the key ("Duplicate email within the batch: x"). An input whose value of that property,
 * or whose key, is quoted is named.
 */
final class NamedInputs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The value an entry quotes: an email, an option, a number, a boolean, a date, an owner. */
    private static final Pattern REFUSED_VALUE =
            Pattern.compile(
                    "Email address (.+) is invalid"
                            + "|(.+?) was not one of the allowed options.*"
                            + "|(.+?) is not a valid [a-z ]+",
                    Pattern.DOTALL);

    private record Issue(String property, String message) {}

    private NamedInputs() {}

    static List<RecordWrite> named(SyncFailure failure, List<RecordWrite> inputs) {
        String message = failure.message();
        if (message == null || message.isEmpty()) {
            return List.of();
        }
        List<Issue> issues = issues(message);
        List<RecordWrite> named = new ArrayList<>();
        for (RecordWrite input : inputs) {
            boolean quoted =
                    issues.isEmpty()
                            ? quotes(message, BatchInputs.keyValue(input))
                            : issues.stream()
                                    .anyMatch(i -> refusesAPart(i.message(), value(input, i)));
            if (quoted) {
                named.add(input);
            }
        }
        return named;
    }

    private static String value(RecordWrite input, Issue issue) {
        for (Map.Entry<String, String> e : BatchInputs.properties(input.fields()).entrySet()) {
            if (e.getKey().equalsIgnoreCase(issue.property())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A multi-select value is refused by one of its options. */
    private static boolean refusesAPart(String issueMessage, String value) {
        Matcher refused = REFUSED_VALUE.matcher(issueMessage);
        if (value == null || !refused.matches()) {
            return false;
        }
        String quoted =
                refused.group(1) != null
                        ? refused.group(1)
                        : refused.group(2) != null ? refused.group(2) : refused.group(3);
        for (String part : value.split(";")) {
            if (part.equalsIgnoreCase(quoted)) {
                return true;
            }
        }
        return value.equalsIgnoreCase(quoted);
    }

    /** Whether the text quotes the value as a whole word, not as a part of another one. */
    static boolean quotes(String text, String value) {
        if (text == null || value == null || value.isBlank()) {
            return false;
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerValue = value.toLowerCase(Locale.ROOT);
        for (int at = lowerText.indexOf(lowerValue);
                at >= 0;
                at = lowerText.indexOf(lowerValue, at + 1)) {
            int end = at + lowerValue.length();
            if ((at == 0 || boundary(lowerText.charAt(at - 1)))
                    && (end == lowerText.length() || boundary(lowerText.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundary(char c) {
        return Character.isWhitespace(c) || "\"'[](),:;".indexOf(c) >= 0;
    }

    private static List<Issue> issues(String message) {
        List<Issue> issues = new ArrayList<>();
        int start = message.indexOf('[');
        if (!message.startsWith("Property values were not valid") || start < 0) {
            return issues;
        }
        try {
            for (JsonNode issue : JSON.readTree(message.substring(start))) {
                issues.add(
                        new Issue(
                                issue.path("name").asString(""),
                                issue.path("message").asString("")));
            }
        } catch (RuntimeException notJson) {
            // Without the entries, nothing is named and the batch is halved instead.
        }
        return issues;
    }
}
