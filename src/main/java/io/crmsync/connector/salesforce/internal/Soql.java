package io.crmsync.connector.salesforce.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds SOQL text safely: every string value is quoted and escaped, every field and object name is
 * checked against {@code [A-Za-z0-9_.]+}, and datetimes are unquoted ISO literals in UTC.
 */
public final class Soql {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.]+");
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Soql() {}

    /** A field or object name, refused unless it is a plain (possibly dotted) identifier. */
    public static String name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a Salesforce field or object name: " + name);
        }
        return name;
    }

    /** Names joined by commas, each checked. */
    public static String names(Collection<String> names) {
        return names.stream().map(Soql::name).collect(Collectors.joining(","));
    }

    /** A quoted string literal with every special character escaped. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** A datetime literal: unquoted, UTC, with milliseconds only when there are some. */
    public static String datetime(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        return millis.getNano() == 0 ? SECONDS.format(millis) : MILLIS.format(millis);
    }

    /** {@code ('a','b')} for an IN clause. */
    public static String in(Collection<String> values) {
        return values.stream().map(Soql::quote).collect(Collectors.joining(",", "(", ")"));
    }

    /** {@code SELECT f1,f2 FROM T}, with the names checked. */
    public static String select(List<String> fields, String objectType) {
        return "SELECT " + names(fields) + " FROM " + name(objectType);
    }
}
