package io.crmsync.sandbox.hubspot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** HubSpot's time formats: ISO-8601 with milliseconds and {@code Z}; input also as epoch ms. */
final class Times {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {}

    static String iso(long epochMillis) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Epoch ms of an ISO date, ISO datetime or epoch-ms string; null when it is none of these. */
    static Long parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Long stored = storedFormat(v);
        if (stored != null) {
            return stored;
        }
        if (v.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(v);
        }
        try {
            return Instant.parse(v).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * The format every stored timestamp has, read without a formatter: search compares the
     * timestamps of every record of a type for each request, and a general parse made reading
     * 100,000 changes back take minutes. Null when {@code v} has another format.
     */
    private static Long storedFormat(String v) {
        if (v.length() != 24
                || v.charAt(4) != '-'
                || v.charAt(7) != '-'
                || v.charAt(10) != 'T'
                || v.charAt(13) != ':'
                || v.charAt(16) != ':'
                || v.charAt(19) != '.'
                || v.charAt(23) != 'Z') {
            return null;
        }
        try {
            long seconds =
                    LocalDateTime.of(
                                    Integer.parseInt(v, 0, 4, 10),
                                    Integer.parseInt(v, 5, 7, 10),
                                    Integer.parseInt(v, 8, 10, 10),
                                    Integer.parseInt(v, 11, 13, 10),
                                    Integer.parseInt(v, 14, 16, 10),
                                    Integer.parseInt(v, 17, 19, 10))
                            .toEpochSecond(ZoneOffset.UTC);
            return seconds * 1000 + Integer.parseInt(v, 20, 23, 10);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    static long startOfDay(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.DAYS).toEpochMilli();
    }
}
