package io.crmsync.sandbox.hubspot;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Evaluates one search filter against one record, comparing as the property's type says. */
final class FilterMatcher {

    private FilterMatcher() {}

    static boolean matches(SearchRequest.Filter filter, HsObject object, PropertyDef def) {
        String actual = object.get(filter.propertyName());
        boolean has = actual != null && !actual.isEmpty();
        return switch (filter.operator()) {
            case "HAS_PROPERTY" -> has;
            case "NOT_HAS_PROPERTY" -> !has;
            case "EQ" -> has && compare(def, actual, filter.value()) == 0;
            case "NEQ" -> !has || compare(def, actual, filter.value()) != 0;
            case "LT" -> has && compare(def, actual, filter.value()) < 0;
            case "LTE" -> has && compare(def, actual, filter.value()) <= 0;
            case "GT" -> has && compare(def, actual, filter.value()) > 0;
            case "GTE" -> has && compare(def, actual, filter.value()) >= 0;
            case "BETWEEN" ->
                    has
                            && compare(def, actual, filter.value()) >= 0
                            && compare(def, actual, filter.highValue()) <= 0;
            case "IN" -> has && in(def, actual, filter.values());
            case "NOT_IN" -> !has || !in(def, actual, filter.values());
            case "CONTAINS_TOKEN" -> has && containsToken(actual, filter.value());
            case "NOT_CONTAINS_TOKEN" -> !has || !containsToken(actual, filter.value());
            default ->
                    throw HubSpotException.badRequest(
                            "Unknown filter operator: " + filter.operator());
        };
    }

    private static boolean in(PropertyDef def, String actual, List<String> values) {
        return values.stream().anyMatch(v -> compare(def, actual, v) == 0);
    }

    /**
     * Compares a stored value with a filter value: numbers and dates by value, text ignoring case.
     */
    static int compare(PropertyDef def, String actual, String wanted) {
        if (wanted == null) {
            throw HubSpotException.badRequest("A filter value is missing");
        }
        if (def != null && def.isNumber()) {
            try {
                return new BigDecimal(actual).compareTo(new BigDecimal(wanted));
            } catch (NumberFormatException e) {
                return actual.compareToIgnoreCase(wanted);
            }
        }
        if (def != null && def.isDate()) {
            Long a = Times.parse(actual);
            Long w = Times.parse(wanted);
            if (a != null && w != null) {
                return Long.compare(a, w);
            }
        }
        return actual.toLowerCase(Locale.ROOT).compareTo(wanted.toLowerCase(Locale.ROOT));
    }

    static boolean containsToken(String actual, String token) {
        if (token == null) {
            return false;
        }
        Pattern pattern =
                Pattern.compile(
                        ("\\Q" + token.toLowerCase(Locale.ROOT) + "\\E").replace("*", "\\E.*\\Q"));
        String value = actual.toLowerCase(Locale.ROOT);
        if (pattern.matcher(value).matches()) {
            return true;
        }
        for (String part : value.split("[\\s,;]+")) {
            if (pattern.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }
}
