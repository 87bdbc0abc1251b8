package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.FieldSchema;
import io.crmsync.spi.ObjectSchema;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.SyncFailure;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What HubSpot would refuse in a batch input, found from the property definitions before the call:
 * read-only properties, options the property does not have, numbers, booleans and emails that are
 * not, text over HubSpot's length, and a key value named twice in one batch. HubSpot fails a whole
 * batch/upsert for one such input, so each is better kept out of the call, with the code HubSpot
 * itself would have given.
 */
final class InputChecks {

    /** HubSpot stores at most this many characters in a text property. */
    static final int MAX_TEXT = 65_536;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private InputChecks() {}

    /** The inputs HubSpot would refuse, by reference, with why. */
    static Map<String, SyncFailure> refused(
            String type, ObjectSchema schema, List<RecordWrite> records) {
        Map<String, SyncFailure> refused = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (RecordWrite record : records) {
            SyncFailure failure = firstProblem(type, schema, record);
            String key = BatchInputs.keyValue(record);
            if (failure == null && key != null && !keys.add(key.toLowerCase(Locale.ROOT))) {
                failure =
                        new SyncFailure(
                                FailureKind.RECORD_REJECTED,
                                ErrorType.DUPLICATES,
                                "DUPLICATE_IN_BATCH",
                                "Another record of the same batch has "
                                        + record.externalIdField()
                                        + " "
                                        + key
                                        + "; HubSpot takes each value once",
                                List.of(record.externalIdField()),
                                null);
            }
            if (failure != null) {
                refused.put(record.reference(), failure);
            }
        }
        return refused;
    }

    private static SyncFailure firstProblem(String type, ObjectSchema schema, RecordWrite record) {
        for (Map.Entry<String, String> entry : BatchInputs.properties(record.fields()).entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue();
            FieldSchema property = schema.field(name).orElse(null);
            if (property == null) {
                // The definitions are cached, and crmsync creates properties of its own (the
                // Salesforce ids): a property they do not list yet is HubSpot's to judge.
                continue;
            }
            if (!property.updateable() && !name.equals(record.externalIdField())) {
                return issue(
                        ErrorType.PROPERTY_VALUES,
                        "READ_ONLY_VALUE",
                        "Property \"" + name + "\" is a read only property",
                        name);
            }
            SyncFailure problem = value.isEmpty() ? null : valueProblem(type, property, value);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static SyncFailure valueProblem(String type, FieldSchema property, String value) {
        String name = property.name();
        if ("contacts".equals(type) && "email".equals(name) && !EMAIL.matcher(value).matches()) {
            return issue(
                    ErrorType.PROPERTY_VALUES,
                    "INVALID_EMAIL",
                    "Email address " + value + " is invalid",
                    name);
        }
        switch (property.type()) {
            case "enumeration" -> {
                if (!property.restricted()) {
                    return null;
                }
                for (String part : value.split(";")) {
                    if (!property.picklistValues().contains(part)) {
                        return issue(
                                ErrorType.PICKLIST_VALUES,
                                "INVALID_OPTION",
                                part + " was not one of the allowed options of " + name,
                                name);
                    }
                }
            }
            case "number" -> {
                if (!isNumber(value)) {
                    return issue(
                            ErrorType.PROPERTY_VALUES,
                            value.contains(".") ? "INVALID_DOUBLE" : "INVALID_LONG",
                            value + " is not a valid number",
                            name);
                }
            }
            case "bool" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return issue(
                            ErrorType.PROPERTY_VALUES,
                            "INVALID_BOOLEAN",
                            value + " is not a valid boolean",
                            name);
                }
            }
            default -> {
                int max = property.length() > 0 ? property.length() : MAX_TEXT;
                if (value.length() > max) {
                    return issue(
                            ErrorType.PROPERTY_VALUES,
                            "VALUE_TOO_LONG",
                            "The value of " + name + " is longer than " + max + " characters",
                            name);
                }
            }
        }
        return null;
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static SyncFailure issue(ErrorType type, String code, String message, String field) {
        return new SyncFailure(
                FailureKind.RECORD_REJECTED, type, code, message, List.of(field), null);
    }
}
