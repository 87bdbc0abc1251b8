package io.crmsync.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.ErrorAdvice;
import io.crmsync.sync.ImpactedRecord;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CRM values that a spreadsheet would run as formulas are written as plain, quoted text. */
class HealthCsvTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example\",\"Click\")",
                "+1-555-0100",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1"
            })
    void aValueThatStartsAFormulaGetsALeadingQuoteAndIsQuoted(String value) throws Exception {
        String csv = write(row(value, value, "Refused: " + value));

        assertThat(csv).contains("\"'" + value.replace("\"", "\"\"") + "\"");
        CSVRecord record = parse(csv);
        assertThat(record.get("Value")).isEqualTo("'" + value);
        assertThat(record.get("Record")).isEqualTo("'" + value);
        assertThat(record.get("Message")).isEqualTo("Refused: " + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Calif.", "O'Brien", "1-555-0100", "a=b"})
    void anOrdinaryValueIsWrittenAsItIsInQuotes(String value) throws Exception {
        String csv = write(row(value, value, "Refused"));

        assertThat(csv).contains("\"" + value + "\"");
        assertThat(parse(csv).get("Value")).isEqualTo(value);
    }

    private static String write(ErrorRow row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HealthCsv().write(out, sink -> sink.accept(row));
        return new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
    }

    private static CSVRecord parse(String csv) throws Exception {
        List<CSVRecord> records =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(csv))
                        .getRecords();
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    private static ErrorRow row(String value, String label, String message) {
        Instant seen = Instant.parse("2026-11-28T09:00:00Z");
        return new ErrorRow(
                1,
                new ImpactedRecord(
                        ExternalSystem.HUBSPOT,
                        "contacts",
                        "101",
                        "101",
                        "Contact",
                        "003000000000001AAA",
                        label),
                ErrorType.PICKLIST_VALUES,
                "INVALID_STATE",
                message,
                "MailingState",
                value,
                seen,
                seen,
                1,
                new ErrorAdvice("Salesforce refused the value.", "Add a value translation."),
                null,
                null);
    }
}
