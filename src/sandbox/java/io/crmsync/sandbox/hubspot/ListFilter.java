package io.crmsync.sandbox.hubspot;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a Lists v3 {@code filterBranch} (nested AND/OR branches of PROPERTY filters) against a
 * record. Supported operators are listed in {@link #OPERATORS}; others are refused at list
 * creation.
 */
final class ListFilter {

    static final Set<String> OPERATORS =
            Set.of(
                    "IS_EQUAL_TO",
                    "IS_NOT_EQUAL_TO",
                    "CONTAINS",
                    "DOES_NOT_CONTAIN",
                    "STARTS_WITH",
                    "ENDS_WITH",
                    "IS_ANY_OF",
                    "IS_NONE_OF",
                    "IS_KNOWN",
                    "IS_UNKNOWN",
                    "IS_GREATER_THAN",
                    "IS_LESS_THAN",
                    "IS_GREATER_THAN_OR_EQUAL_TO",
                    "IS_LESS_THAN_OR_EQUAL_TO");

    private ListFilter() {}

    /** Throws HubSpot's 400 if the branch uses something this evaluator does not know. */
    static void check(Map<String, Object> branch) {
        for (Map<String, Object> filter : filters(branch)) {
            Map<String, Object> operation = Inputs.object(filter.get("operation"), "operation");
            if (!"PROPERTY".equals(filter.get("filterType"))
                    || !OPERATORS.contains(String.valueOf(operation.get("operator")))) {
                throw HubSpotException.badRequest("Unsupported list filter: " + filter);
            }
            Inputs.string(filter, "property");
        }
        branches(branch).forEach(ListFilter::check);
    }

    static boolean matches(Map<String, Object> branch, HsObject object) {
        boolean and = "AND".equals(branch.get("filterBranchType"));
        List<Boolean> outcomes = new java.util.ArrayList<>();
        for (Map<String, Object> filter : filters(branch)) {
            outcomes.add(matchesFilter(filter, object));
        }
        for (Map<String, Object> child : branches(branch)) {
            outcomes.add(matches(child, object));
        }
        if (outcomes.isEmpty()) {
            return and;
        }
        return and ? outcomes.stream().allMatch(b -> b) : outcomes.stream().anyMatch(b -> b);
    }

    @SuppressWarnings("unchecked")
    private static boolean matchesFilter(Map<String, Object> filter, HsObject object) {
        Map<String, Object> operation = (Map<String, Object>) filter.get("operation");
        String operator = String.valueOf(operation.get("operator"));
        String actual = object.get(String.valueOf(filter.get("property")));
        boolean known = actual != null && !actual.isEmpty();
        String value =
                operation.get("value") == null ? null : String.valueOf(operation.get("value"));
        List<String> values =
                operation.get("values") instanceof List<?> l
                        ? l.stream().map(v -> String.valueOf(v).toLowerCase(Locale.ROOT)).toList()
                        : List.of();
        String lower = known ? actual.toLowerCase(Locale.ROOT) : "";
        String wanted = value == null ? "" : value.toLowerCase(Locale.ROOT);
        return switch (operator) {
            case "IS_KNOWN" -> known;
            case "IS_UNKNOWN" -> !known;
            case "IS_EQUAL_TO" -> known && lower.equals(wanted);
            case "IS_NOT_EQUAL_TO" -> !known || !lower.equals(wanted);
            case "CONTAINS" -> known && lower.contains(wanted);
            case "DOES_NOT_CONTAIN" -> !known || !lower.contains(wanted);
            case "STARTS_WITH" -> known && lower.startsWith(wanted);
            case "ENDS_WITH" -> known && lower.endsWith(wanted);
            case "IS_ANY_OF" -> known && values.contains(lower);
            case "IS_NONE_OF" -> !known || !values.contains(lower);
            default -> known && compareNumbers(operator, actual, value);
        };
    }

    private static boolean compareNumbers(String operator, String actual, String value) {
        try {
            int c = new BigDecimal(actual).compareTo(new BigDecimal(value));
            return switch (operator) {
                case "IS_GREATER_THAN" -> c > 0;
                case "IS_LESS_THAN" -> c < 0;
                case "IS_GREATER_THAN_OR_EQUAL_TO" -> c >= 0;
                default -> c <= 0;
            };
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> filters(Map<String, Object> branch) {
        return branch.get("filters") instanceof List<?> l
                ? (List<Map<String, Object>>) l
                : List.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> branches(Map<String, Object> branch) {
        return branch.get("filterBranches") instanceof List<?> l
                ? (List<Map<String, Object>>) l
                : List.of();
    }
}
