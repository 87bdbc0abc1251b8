package io.crmsync.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.ErrorType;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Sync Health with 1,000,000 errors over 100,000 records: the server time of the page's cards, of
 * opening a details panel, and the heap used while the CSV export streams. Prints the figures; run
 * with {@code ./mvnw -o -Pbenchmark verify -Dit.test=SyncHealthBenchmark}.
 */
@CrmsyncIntegrationTest
class SyncHealthBenchmark {

    private static final int RECORDS = 100_000;

    /** Ten (type, code, field) causes per record make 1,000,000 rows. */
    private static final String[][] CAUSES = {
        {"PICKLIST_VALUES", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "Industry"},
        {"PICKLIST_VALUES", "INVALID_STATE", "State"},
        {"PROPERTY_VALUES", "STRING_TOO_LONG", "Title"},
        {"PROPERTY_VALUES", "INVALID_EMAIL_ADDRESS", "Email"},
        {"PROPERTY_VALUES", "REQUIRED_FIELD_MISSING", "LastName"},
        {"CUSTOM_CODE", "FIELD_CUSTOM_VALIDATION_EXCEPTION", ""},
        {"DUPLICATES", "DUPLICATES_DETECTED", ""},
        {"PERMISSIONS", "INSUFFICIENT_ACCESS_OR_READONLY", "OwnerId"},
        {"ASSOCIATIONS", "ACCOUNT_NOT_SYNCED", "AccountId"},
        {"CONNECTION", "UNAVAILABLE", ""}
    };

    @Autowired SyncHealthService health;
    @Autowired JdbcClient jdbc;

    @AfterAll
    static void note() {
        System.out.println(
                "Sync Health benchmark: "
                        + Runtime.getRuntime().availableProcessors()
                        + " processors, max heap "
                        + Runtime.getRuntime().maxMemory() / (1 << 20)
                        + " MB");
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void pageAndPanelWithAMillionErrors() throws Exception {
        long start = System.nanoTime();
        fill();
        System.out.printf(
                "Sync Health benchmark: inserted %,d errors (triggers keeping the tallies) in"
                        + " %.1f s%n",
                count(), (System.nanoTime() - start) / 1e9);

        List<ErrorCard> cards = health.cards();
        assertThat(cards.stream().mapToLong(ErrorCard::errors).sum()).isEqualTo(1_000_000);
        report("page cards (7 counts)", health::cards);

        ErrorType type = ErrorType.PICKLIST_VALUES;
        report(
                "panel open (first 50 groups + count, first 50 rows of the top group + count)",
                () -> {
                    List<ErrorGroup> groups = health.groups(type, ErrorFilter.NONE, 0, 50);
                    health.groupCount(type, ErrorFilter.NONE);
                    health.rows(type, groups.getFirst(), ErrorFilter.NONE, 0, 50);
                    return health.rowCount(type, groups.getFirst(), ErrorFilter.NONE);
                });
        report(
                "panel rows of a whole type (first 50 + count)",
                () -> {
                    health.rows(type, null, ErrorFilter.NONE, 0, 50);
                    return health.rowCount(type, null, ErrorFilter.NONE);
                });
        report(
                "panel rows 1,000 to 1,050 of the top group (2,000 rows)",
                () -> {
                    ErrorGroup top = health.groups(type, ErrorFilter.NONE, 0, 1).getFirst();
                    return health.rows(type, top, ErrorFilter.NONE, 1_000, 50);
                });
        exportStreams(type);
    }

    private void exportStreams(ErrorType type) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler =
                Thread.ofPlatform()
                        .start(
                                () -> {
                                    while (running.get()) {
                                        peak.accumulateAndGet(
                                                memory.getHeapMemoryUsage().getUsed(), Math::max);
                                        try {
                                            Thread.sleep(5);
                                        } catch (InterruptedException e) {
                                            return;
                                        }
                                    }
                                });
        AtomicLong bytes = new AtomicLong();
        AtomicLong liveAfterGc = new AtomicLong();
        // Every 16 MB written, a full GC shows what the export really holds on to.
        OutputStream sink =
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        long before = bytes.getAndAdd(len);
                        if ((before >> 24) != ((before + len) >> 24)) {
                            System.gc();
                            liveAfterGc.accumulateAndGet(
                                    memory.getHeapMemoryUsage().getUsed(), Math::max);
                        }
                    }
                };
        long start = System.nanoTime();
        health.exportCsv(type, null, ErrorFilter.NONE, sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        System.out.printf(
                "Sync Health benchmark: CSV export of %,d %s errors: %,d MB in %.1f s"
                        + " (including a full GC every 16 MB); live heap after those GCs at most"
                        + " %,d MB above the %,d MB before the export; heap in use, garbage"
                        + " included, at most %,d MB above it%n",
                health.rowCount(type, null, ErrorFilter.NONE),
                type.label(),
                bytes.get() >> 20,
                seconds,
                Math.max(0, liveAfterGc.get() - baseline) >> 20,
                baseline >> 20,
                (peak.get() - baseline) >> 20);
        assertThat(bytes.get()).isPositive();
    }

    private void report(String what, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        long[] ms = new long[10];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf(
                "Sync Health benchmark: %s: median %d ms, min %d ms, max %d ms (10 runs)%n",
                what, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM sync_error").query(Long.class).single();
    }

    /** 100,000 records × 10 causes, one INSERT … SELECT per cause over a digits cross join. */
    private void fill() {
        jdbc.sql("DELETE FROM sync_error").update();
        Timestamp seen = Timestamp.from(Instant.parse("2026-11-27T08:00:00Z"));
        for (String[] cause : CAUSES) {
            jdbc.sql(
                            """
                            INSERT INTO sync_error (source, object_type, record_id, hubspot_id,
                              salesforce_type, salesforce_id, record_label, error_type, code,
                              message, field, field_value, first_seen, last_tried, attempts)
                            WITH d(x) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2
                              UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
                              UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8
                              UNION ALL SELECT 9),
                            n(i) AS (SELECT a.x + 10 * b.x + 100 * c.x + 1000 * e.x
                              + 10000 * f.x FROM d a, d b, d c, d e, d f)
                            SELECT 'HUBSPOT', 'contacts', CONCAT('', 1000000 + i),
                              CONCAT('', 1000000 + i), 'Contact',
                              CONCAT('003', LPAD(i, 12, '0'), 'AAA'),
                              CONCAT('Person ', i, ' <p', i, '@example.com>'), ?, ?,
                              CONCAT(?, ': value v', i % 50, ' was refused'), ?,
                              IF(? = '', NULL, CONCAT('v', i % 50)), ?,
                              DATE_ADD(?, INTERVAL i SECOND), 1 + i % 7
                            FROM n
                            """)
                    .params(cause[0], cause[1], cause[1], cause[2], cause[2], seen, seen)
                    .update();
        }
        jdbc.sql("ANALYZE TABLE sync_error").query().listOfRows();
    }
}
