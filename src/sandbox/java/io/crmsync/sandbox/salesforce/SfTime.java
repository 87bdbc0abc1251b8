package io.crmsync.sandbox.salesforce;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The API's date-time format, {@code 2024-05-01T12:34:56.000+0000}, always in UTC. */
final class SfTime {

    static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private SfTime() {}

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
