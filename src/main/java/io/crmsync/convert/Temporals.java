package io.crmsync.convert;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the date and date-time forms both CRMs use. */
final class Temporals {

    /** ISO-8601 with {@code Z}, {@code +00:00} or Salesforce's {@code +0000}. */
    private static final DateTimeFormatter DATETIME =
            new DateTimeFormatterBuilder()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE)
                    .appendLiteral('T')
                    .append(DateTimeFormatter.ISO_LOCAL_TIME)
                    .optionalStart()
                    .appendOffset("+HH:MM", "Z")
                    .optionalEnd()
                    .optionalStart()
                    .appendOffset("+HHMM", "Z")
                    .optionalEnd()
                    .toFormatter();

    static final DateTimeFormatter SALESFORCE_DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d{10,}");

    private Temporals() {}

    static Optional<Instant> instant(String text) {
        try {
            TemporalAccessor parsed = DATETIME.parse(text);
            return Optional.of(OffsetDateTime.from(parsed).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date-time from an ISO string, a date (midnight UTC) or epoch milliseconds. */
    static Optional<Instant> anyInstant(Object value) {
        if (value instanceof Instant instant) {
            return Optional.of(instant);
        }
        if (value instanceof OffsetDateTime odt) {
            return Optional.of(odt.toInstant());
        }
        if (value instanceof LocalDate date) {
            return Optional.of(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (value instanceof Long || value instanceof Integer) {
            return Optional.of(Instant.ofEpochMilli(((Number) value).longValue()));
        }
        String text = value.toString().strip();
        if (EPOCH_MILLIS.matcher(text).matches()) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)));
        }
        return date(text)
                .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
                .or(() -> instant(text));
    }

    /** A date from {@code yyyy-MM-dd}, or the UTC date of a date-time. */
    static Optional<LocalDate> anyDate(Object value) {
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        Optional<LocalDate> date = value instanceof String s ? date(s.strip()) : Optional.empty();
        return date.or(() -> anyInstant(value).map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC)));
    }

    private static Optional<LocalDate> date(String text) {
        if (!DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
