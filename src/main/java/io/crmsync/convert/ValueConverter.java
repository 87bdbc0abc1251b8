package io.crmsync.convert;

import io.crmsync.spi.FieldSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Converts one field value between the wire forms of HubSpot (strings) and Salesforce (JSON
 * booleans, numbers and strings), by the type of the field it is written to. Blank values become
 * null; values the target cannot hold throw {@link ConversionException}.
 */
public final class ValueConverter {

    private static final Pattern NUMBER =
            Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private ValueConverter() {}

    /** A Salesforce field value as HubSpot's property takes it: always a string or null. */
    public static Object toHubSpot(
            Object salesforceValue,
            FieldSchema salesforceField,
            FieldSchema hubSpotProperty,
            List<ValueTranslation> translations) {
        return toHubSpot(salesforceValue, salesforceField, hubSpotProperty, translations, false);
    }

    /**
     * As {@link #toHubSpot(Object, FieldSchema, FieldSchema, List)}; with {@code truncate}, text
     * longer than the property takes is cut to its length.
     */
    public static Object toHubSpot(
            Object salesforceValue,
            FieldSchema salesforceField,
            FieldSchema hubSpotProperty,
            List<ValueTranslation> translations,
            boolean truncate) {
        if (isBlank(salesforceValue)) {
            return null;
        }
        Target target = new Target(hubSpotProperty, "HubSpot property");
        return switch (Kind.of(hubSpotProperty.type())) {
            case BOOLEAN -> target.bool(salesforceValue).toString();
            case INTEGER, DECIMAL -> plain(target.decimal(salesforceValue));
            case DATE -> target.date(salesforceValue).toString();
            case DATETIME -> target.instant(salesforceValue).toString();
            case PICKLIST, MULTIPICKLIST ->
                    target.options(
                            salesforceValue,
                            Kind.of(hubSpotProperty.type()) == Kind.MULTIPICKLIST,
                            translate(
                                    translations,
                                    ValueTranslation::salesforceValue,
                                    ValueTranslation::hubSpotValue));
            case TEXT ->
                    truncate
                            ? truncated(text(salesforceValue), hubSpotProperty.length())
                            : text(salesforceValue);
        };
    }

    /** A HubSpot property value as Salesforce's field takes it. */
    public static Object toSalesforce(
            Object hubSpotValue,
            FieldSchema hubSpotProperty,
            FieldSchema salesforceField,
            List<ValueTranslation> translations) {
        return toSalesforce(hubSpotValue, hubSpotProperty, salesforceField, translations, false);
    }

    /**
     * As {@link #toSalesforce(Object, FieldSchema, FieldSchema, List)}; with {@code truncate}, text
     * longer than the field takes is cut to its length instead of refused.
     */
    public static Object toSalesforce(
            Object hubSpotValue,
            FieldSchema hubSpotProperty,
            FieldSchema salesforceField,
            List<ValueTranslation> translations,
            boolean truncate) {
        if (isBlank(hubSpotValue)) {
            return null;
        }
        Target target = new Target(salesforceField, "Salesforce field");
        return switch (Kind.of(salesforceField.type())) {
            case BOOLEAN -> target.bool(hubSpotValue);
            case INTEGER -> target.integer(hubSpotValue);
            case DECIMAL -> target.decimal(hubSpotValue);
            case DATE -> target.date(hubSpotValue).toString();
            case DATETIME -> Temporals.SALESFORCE_DATETIME.format(target.instant(hubSpotValue));
            case PICKLIST, MULTIPICKLIST ->
                    target.fitting(
                            target.options(
                                    hubSpotValue,
                                    Kind.of(salesforceField.type()) == Kind.MULTIPICKLIST,
                                    translate(
                                            translations,
                                            ValueTranslation::hubSpotValue,
                                            ValueTranslation::salesforceValue)));
            case TEXT ->
                    truncate
                            ? truncated(text(hubSpotValue), salesforceField.length())
                            : target.fitting(text(hubSpotValue));
        };
    }

    /** The text cut to {@code length} characters; unchanged when it fits or length is 0. */
    public static String truncated(String text, int length) {
        if (text == null || length <= 0 || text.length() <= length) {
            return text;
        }
        // Never cut a surrogate pair in half.
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    /** Whether values of this CRM type are text, which is what truncation applies to. */
    public static boolean isText(String type) {
        return Kind.of(type) == Kind.TEXT;
    }

    /**
     * A normal form for comparing values across the two sides, so that a value written to one side
     * and read back from the other is recognised as the same: {@code 5} and {@code "5.0"}, {@code
     * "2024-01-15T10:00:00.000+0000"} and {@code "2024-01-15T10:00:00Z"}, {@code "b;a"} and {@code
     * "a;b"} each give one string. Blank gives null.
     */
    public static String canonical(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            return multi(values.stream());
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Number n) {
            return plain(new BigDecimal(n.toString()));
        }
        if (value instanceof Instant || value instanceof OffsetDateTime) {
            return Temporals.anyInstant(value).orElseThrow().toString();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.contains(";")) {
            return multi(Arrays.stream(text.split(";")));
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return text.toLowerCase(Locale.ROOT);
        }
        if (NUMBER.matcher(text).matches()) {
            return plain(new BigDecimal(text));
        }
        return Temporals.instant(text).map(Instant::toString).orElse(text);
    }

    private static String multi(Stream<?> values) {
        String joined =
                values.map(ValueConverter::canonical)
                        .filter(Objects::nonNull)
                        .sorted()
                        .collect(Collectors.joining(";"));
        return joined.isEmpty() ? null : joined;
    }

    static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    static String text(Object value) {
        if (value instanceof Number n) {
            return plain(new BigDecimal(n.toString()));
        }
        return value.toString();
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }

    /** Looks a value up in the translation table, case-insensitively; untranslated stays as is. */
    private static Function<String, String> translate(
            List<ValueTranslation> translations,
            Function<ValueTranslation, String> from,
            Function<ValueTranslation, String> to) {
        List<ValueTranslation> rows = translations == null ? List.of() : translations;
        return value ->
                rows.stream()
                        .filter(
                                row ->
                                        from.apply(row) != null
                                                && from.apply(row).equalsIgnoreCase(value))
                        .map(to)
                        .findFirst()
                        .orElse(value);
    }

    enum Kind {
        BOOLEAN,
        INTEGER,
        DECIMAL,
        DATE,
        DATETIME,
        PICKLIST,
        MULTIPICKLIST,
        TEXT;

        static Kind of(String type) {
            return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
                case "boolean", "bool" -> BOOLEAN;
                case "int", "long" -> INTEGER;
                case "double", "currency", "percent", "number" -> DECIMAL;
                case "date" -> DATE;
                case "datetime" -> DATETIME;
                case "picklist", "combobox" -> PICKLIST;
                case "multipicklist", "enumeration" -> MULTIPICKLIST;
                default -> TEXT;
            };
        }
    }
}
