package io.crmsync.sandbox.hubspot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks input property values against their definitions and turns them into the strings the API
 * stores; a failure is HubSpot's 400 "Property values were not valid" with one entry per problem.
 */
@Component
class PropertyValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private record Issue(String name, String error, String message) {}

    private final PropertyCatalog catalog;
    private final Portal portal;

    PropertyValidator(PropertyCatalog catalog, Portal portal) {
        this.catalog = catalog;
        this.portal = portal;
    }

    /** The stored form of the input values; throws HubSpot's 400 when any is not valid. */
    Map<String, String> validate(ObjectType type, Map<String, ?> input) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        for (Map.Entry<String, ?> entry : input.entrySet()) {
            String name = entry.getKey();
            String value = scalar(name, entry.getValue());
            PropertyDef def = catalog.find(type.id(), name).orElse(null);
            if (def == null) {
                issues.add(
                        new Issue(
                                name,
                                "PROPERTY_DOESNT_EXIST",
                                "Property \"" + name + "\" does not exist"));
            } else if (def.readOnlyValue()) {
                issues.add(
                        new Issue(
                                name,
                                "READ_ONLY_VALUE",
                                "Property \""
                                        + name
                                        + "\" is a read only property; its value cannot be set."));
            } else if (value.isEmpty()) {
                values.put(name, value);
            } else {
                Issue issue = check(type, def, value);
                if (issue != null) {
                    issues.add(issue);
                } else {
                    values.put(name, normalize(def, value));
                }
            }
        }
        if (!issues.isEmpty()) {
            throw failure(issues);
        }
        return values;
    }

    private Issue check(ObjectType type, PropertyDef def, String value) {
        String name = def.name();
        if (type.isContact() && "email".equals(name) && !EMAIL.matcher(value).matches()) {
            return new Issue(name, "INVALID_EMAIL", "Email address " + value + " is invalid");
        }
        if ("hubspot_owner_id".equals(name) && !Owners.isOwnerId(value)) {
            return new Issue(name, "INVALID_OWNER_ID", value + " is not a valid owner id");
        }
        if (def.isEnumeration()) {
            if (def.externalOptions()) {
                return null;
            }
            for (String part : def.isMultiSelect() ? value.split(";") : new String[] {value}) {
                if (!def.allows(part)) {
                    return invalidOptionIssue(name, part, def.options());
                }
            }
        } else if (def.isNumber() && !isNumber(value)) {
            return new Issue(
                    name,
                    value.contains(".") ? "INVALID_DOUBLE" : "INVALID_LONG",
                    value + " is not a valid number");
        } else if (def.isDate() && Times.parse(value) == null) {
            return new Issue(name, "INVALID_DATE", value + " is not a valid date");
        } else if ("bool".equals(def.type()) && !value.equals("true") && !value.equals("false")) {
            return new Issue(name, "INVALID_BOOLEAN", value + " is not a valid boolean");
        }
        return null;
    }

    /** HubSpot's 400 for a value that is not one of {@code allowed}, as for any enumeration. */
    HubSpotException invalidOption(String name, String value, List<PropertyDef.Option> allowed) {
        return failure(List.of(invalidOptionIssue(name, value, allowed)));
    }

    private static Issue invalidOptionIssue(
            String name, String value, List<PropertyDef.Option> allowed) {
        return new Issue(
                name,
                "INVALID_OPTION",
                value
                        + " was not one of the allowed options: ["
                        + allowed.stream()
                                .map(
                                        o ->
                                                "label: \""
                                                        + o.label()
                                                        + "\"\nvalue: \""
                                                        + o.value()
                                                        + "\"\n")
                                .collect(Collectors.joining(", "))
                        + "]");
    }

    private static String normalize(PropertyDef def, String value) {
        if (!def.isDate()) {
            return value;
        }
        long millis = Times.parse(value);
        return Times.iso("date".equals(def.type()) ? Times.startOfDay(millis) : millis);
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String scalar(String name, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw HubSpotException.badRequest(
                "Invalid input JSON: Cannot deserialize value of type"
                        + " `java.lang.String` from "
                        + (value instanceof List ? "Array" : "Object")
                        + " value for property \""
                        + name
                        + "\"");
    }

    private HubSpotException failure(List<Issue> issues) {
        List<Map<String, Object>> inner = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Issue issue : issues) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("isValid", false);
            entry.put("message", issue.message());
            entry.put("error", issue.error());
            entry.put("name", issue.name());
            entry.put("localizedErrorMessage", issue.message());
            entry.put("portalId", portal.hubId());
            inner.add(entry);
            errors.add(
                    Map.of(
                            "message",
                            issue.message(),
                            "code",
                            issue.error(),
                            "context",
                            Map.of("propertyName", List.of(issue.name()))));
        }
        return HubSpotException.badRequest("Property values were not valid: " + Json.write(inner))
                .with("errors", errors);
    }
}
