package io.crmsync.convert;

import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FieldSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The field a value is converted for; reads the value as its type or explains why it cannot. */
record Target(FieldSchema field, String kind) {

    Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw invalid("INVALID_BOOLEAN", value, "is not true or false");
    }

    BigDecimal decimal(Object value) {
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw invalid("INVALID_NUMBER", value, "is not a number");
        }
    }

    Object integer(Object value) {
        BigDecimal number = decimal(value);
        try {
            long whole = number.longValueExact();
            return whole == (int) whole ? (Object) (int) whole : (Object) whole;
        } catch (ArithmeticException e) {
            throw invalid("INVALID_NUMBER", value, "is not a whole number");
        }
    }

    LocalDate date(Object value) {
        return Temporals.anyDate(value)
                .orElseThrow(() -> invalid("INVALID_DATE", value, "is not a date (yyyy-MM-dd)"));
    }

    Instant instant(Object value) {
        return Temporals.anyInstant(value)
                .orElseThrow(
                        () -> invalid("INVALID_DATE", value, "is not a date and time (ISO-8601)"));
    }

    /**
     * Translates each value and, when the field only takes its own options, spells it as the option
     * it matches ignoring case. Multiple values are separated by {@code ;}.
     */
    String options(Object value, boolean multiple, Function<String, String> translate) {
        String text =
                value instanceof Boolean || value instanceof Number
                        ? ValueConverter.text(value)
                        : value.toString();
        List<String> values =
                multiple
                        ? Arrays.stream(text.split(";"))
                                .map(String::strip)
                                .filter(v -> !v.isEmpty())
                                .toList()
                        : List.of(text.strip());
        String result =
                values.stream().map(translate).map(this::option).collect(Collectors.joining(";"));
        return result.isEmpty() ? null : result;
    }

    private String option(String value) {
        List<String> options = field.picklistValues() == null ? List.of() : field.picklistValues();
        String known = options.stream().filter(value::equalsIgnoreCase).findFirst().orElse(null);
        boolean closed =
                !options.isEmpty() && (field.restricted() || "enumeration".equals(field.type()));
        if (known == null && closed) {
            throw new ConversionException(
                    new ConversionFailure(
                            ErrorType.PICKLIST_VALUES,
                            "INVALID_PICKLIST_VALUE",
                            "\""
                                    + value
                                    + "\" is not an option of the "
                                    + kind
                                    + " "
                                    + name()
                                    + ". Add it as an option, add a value translation for it,"
                                    + " or correct the record.",
                            field.name(),
                            value));
        }
        return known != null ? known : value;
    }

    /** Text that fits the field's length, or a STRING_TOO_LONG failure. */
    String fitting(String text) {
        if (text != null && field.length() > 0 && text.length() > field.length()) {
            throw new ConversionException(
                    new ConversionFailure(
                            ErrorType.PROPERTY_VALUES,
                            "STRING_TOO_LONG",
                            "The value is "
                                    + text.length()
                                    + " characters long, but the "
                                    + kind
                                    + " "
                                    + name()
                                    + " takes at most "
                                    + field.length()
                                    + ". Shorten the value or map it to a longer field.",
                            field.name(),
                            text));
        }
        return text;
    }

    private ConversionException invalid(String code, Object value, String problem) {
        return new ConversionException(
                new ConversionFailure(
                        ErrorType.PROPERTY_VALUES,
                        code,
                        "\""
                                + value
                                + "\" "
                                + problem
                                + ", so it cannot be written to the "
                                + kind
                                + " "
                                + name()
                                + " ("
                                + field.type()
                                + "). Correct the record.",
                        field.name(),
                        String.valueOf(value)));
    }

    private String name() {
        return field.label() == null || field.label().isBlank()
                ? field.name()
                : field.label() + " (" + field.name() + ")";
    }
}
