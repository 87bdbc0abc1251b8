package io.crmsync.sandbox.salesforce.soql;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.FieldType;
import io.crmsync.sandbox.salesforce.store.SalesforceIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Turns stored values and SOQL literals into comparable Java values of the field's type. */
final class Values {

    static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private Values() {}

    /** A comparable form of a stored value, or null. */
    @SuppressWarnings("rawtypes")
    static Comparable stored(Object value, FieldDef field) {
        if (value == null) {
            return null;
        }
        FieldType type = field.type();
        if (type.isNumber()) {
            return new BigDecimal(value.toString());
        }
        return switch (type) {
            case BOOLEAN -> (Boolean) value;
            case DATETIME -> OffsetDateTime.parse(value.toString(), STORED).toInstant();
            case DATE -> LocalDate.parse(value.toString());
            case ID, REFERENCE -> value.toString();
            default -> value.toString().toLowerCase(Locale.ROOT);
        };
    }

    /** A comparable form of a literal for the field's type, or null for NULL. */
    @SuppressWarnings("rawtypes")
    static Comparable literal(SoqlQuery.Literal literal, FieldDef field) {
        String text = literal.text();
        return switch (literal.kind()) {
            case NULL, DATE_FUNCTION -> null;
            case BOOLEAN -> Boolean.valueOf(text);
            case NUMBER -> field.type().isNumber() ? new BigDecimal(text) : text;
            case DATETIME ->
                    field.type() == FieldType.DATE
                            ? LocalDate.parse(text.substring(0, 10))
                            : instant(text);
            case DATE ->
                    field.type() == FieldType.DATETIME
                            ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                            : LocalDate.parse(text);
            case STRING -> string(text, field);
        };
    }

    @SuppressWarnings("rawtypes")
    private static Comparable string(String text, FieldDef field) {
        return switch (field.type()) {
            case ID, REFERENCE ->
                    text.length() == 15 ? SalesforceIds.normalize(text).orElse(text) : text;
            case BOOLEAN -> Boolean.valueOf(text);
            case DATE -> LocalDate.parse(text);
            case DATETIME -> instant(text);
            default ->
                    field.type().isNumber() ? new BigDecimal(text) : text.toLowerCase(Locale.ROOT);
        };
    }

    static Instant instant(String text) {
        String normalized = text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        return OffsetDateTime.parse(normalized, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
}
