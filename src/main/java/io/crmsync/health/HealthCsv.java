package io.crmsync.health;

import io.crmsync.base.SpreadsheetSafe;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Sync Health's CSV export: one line per error, every field quoted (RFC 4180), CRM values kept from
 * running as spreadsheet formulas, UTF-8 with a byte order mark.
 */
final class HealthCsv {

    static final String[] HEADER = {
        "Error type",
        "Code",
        "Field",
        "Value",
        "Record",
        "Source",
        "Object",
        "Record id",
        "HubSpot id",
        "Salesforce type",
        "Salesforce id",
        "Message",
        "Explanation",
        "Suggested fix",
        "First seen",
        "Last tried",
        "Attempts",
        "HubSpot link",
        "Salesforce link"
    };

    /** Writes the header, then every row {@code rows} hands over, flushing as it goes. */
    void write(OutputStream out, Consumer<Consumer<ErrorRow>> rows) {
        try {
            BufferedWriter writer =
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            CSVPrinter printer =
                    new CSVPrinter(
                            writer,
                            CSVFormat.DEFAULT
                                    .builder()
                                    .setHeader(HEADER)
                                    .setQuoteMode(QuoteMode.ALL_NON_NULL)
                                    .get());
            rows.accept(row -> print(printer, row));
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter printer, ErrorRow r) {
        try {
            printer.printRecord(
                    Stream.of(
                                    r.type().label(),
                                    r.code(),
                                    r.field(),
                                    r.value(),
                                    r.record().label(),
                                    r.record().source().label(),
                                    r.record().objectType(),
                                    r.record().recordId(),
                                    r.record().hubSpotId(),
                                    r.record().salesforceType(),
                                    r.record().salesforceId(),
                                    r.message(),
                                    r.advice() == null ? null : r.advice().explanation(),
                                    r.advice() == null ? null : r.advice().fix(),
                                    r.firstSeen(),
                                    r.lastTried(),
                                    r.attempts(),
                                    r.hubSpotUrl(),
                                    r.salesforceUrl())
                            .map(SpreadsheetSafe::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
