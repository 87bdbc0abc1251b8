package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Converts JSON input values to the stored form of a field's type, failing as the real parser does.
 */
final class ValueCoercer {

    private ValueCoercer() {}

    static Object coerce(FieldDef field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            throw parserError(
                    "Cannot deserialize instance of `"
                            + javaType(field)
                            + "` out of "
                            + (value instanceof Map<?, ?> ? "START_OBJECT" : "START_ARRAY")
                            + " token");
        }
        String text = value.toString();
        try {
            return switch (field.type()) {
                case BOOLEAN -> {
                    if (value instanceof Boolean b) {
                        yield b;
                    }
                    if (!text.equals("true") && !text.equals("false")) {
                        throw parserError(
                                "Cannot deserialize value of type `boolean` from String"
                                        + " \""
                                        + text
                                        + "\": only \"true\" or \"false\" recognized");
                    }
                    yield Boolean.valueOf(text);
                }
                case INT -> new BigDecimal(text).intValueExact();
                case CURRENCY, DOUBLE, PERCENT -> new BigDecimal(text).doubleValue();
                case DATE ->
                        LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text)
                                .toString();
                case DATETIME ->
                        SfTime.format(
                                OffsetDateTime.parse(
                                                text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"),
                                                DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                                        .toInstant());
                default -> text;
            };
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw parserError(
                    "Cannot deserialize value of type `"
                            + javaType(field)
                            + "` from String \""
                            + text
                            + "\": not a valid representation");
        }
    }

    private static String javaType(FieldDef field) {
        return switch (field.type()) {
            case BOOLEAN -> "boolean";
            case INT -> "int";
            case CURRENCY, DOUBLE, PERCENT -> "double";
            case DATE, DATETIME -> "java.util.Date";
            default -> "java.lang.String";
        };
    }

    private static SfApiException parserError(String message) {
        return SfApiException.badRequest("JSON_PARSER_ERROR", message);
    }
}
