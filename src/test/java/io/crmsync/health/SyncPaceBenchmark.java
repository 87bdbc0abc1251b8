package io.crmsync.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Sync Health's lag and throughput gauges over 2,000,000 provenance rows (100,000 records of 20
 * fields), 200,000 of them written to HubSpot in the last 15 minutes, as in a busy initial sync.
 * Prints the server time of the gauges' service call; run with {@code ./mvnw -o -Pbenchmark verify
 * -Dit.test=SyncPaceBenchmark}.
 */
@CrmsyncIntegrationTest
class SyncPaceBenchmark {

    private static final int BUSY = 10_000;
    private static final int FIELDS = 20;

    @Autowired SyncPaceService pace;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void gaugesOverTwoMillionProvenanceRows() {
        clock.advance(Duration.ofDays(1));
        Instant now = clock.instant();
        long start = System.nanoTime();
        fill(now);
        System.out.printf(
                "Sync pace benchmark: inserted %,d provenance rows in %.1f s%n",
                jdbc.sql("SELECT COUNT(*) FROM sync_provenance").query(Long.class).single(),
                (System.nanoTime() - start) / 1e9);
        jdbc.sql(
                        "EXPLAIN SELECT link_id, written_at, run_id, source_modified_at"
                                + " FROM sync_provenance FORCE INDEX (ix_provenance_target_written)"
                                + " WHERE target = 'HUBSPOT' AND written_at > ? AND written_at <= ?"
                                + " ORDER BY written_at DESC LIMIT 20000")
                .params(Timestamp.from(now.minus(SyncPaceService.LAG_WINDOW)), Timestamp.from(now))
                .query()
                .listOfRows()
                .forEach(row -> System.out.println("Sync pace benchmark: plan " + row));

        List<SyncPace> figures = pace.pace();
        System.out.println("Sync pace benchmark: " + figures);
        assertThat(figures.getFirst().quiet()).isFalse();
        long[] ms = new long[10];
        for (int i = 0; i < 3; i++) {
            pace.pace();
        }
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            pace.pace();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf(
                "Sync pace benchmark: both directions' gauges: median %d ms, min %d ms, max %d ms"
                        + " (10 runs)%n",
                ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }

    /**
     * Records 0–9,999 were written to HubSpot in the last 15 minutes, one every 90 ms; the rest
     * earlier in the day, to either side. One INSERT … SELECT per field over a digits cross join.
     */
    private void fill(Instant now) {
        jdbc.sql(
                        "INSERT INTO sync_run (kind, started_at, started_by) VALUES"
                                + " ('INCREMENTAL', ?, 'benchmark')")
                .param(Timestamp.from(now.minus(Duration.ofHours(23))))
                .update();
        long run = jdbc.sql("SELECT MAX(id) FROM sync_run").query(Long.class).single();
        String numbers =
                """
                WITH d(x) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2
                  UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
                  UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8
                  UNION ALL SELECT 9),
                n(i) AS (SELECT a.x + 10 * b.x + 100 * c.x + 1000 * e.x
                  + 10000 * f.x FROM d a, d b, d c, d e, d f)
                """;
        jdbc.sql(
                        "INSERT INTO sync_link (object_kind, hubspot_id, salesforce_type,"
                                + " salesforce_id, created_at) "
                                + numbers
                                + " SELECT 'bench', CONCAT('b', i), 'Contact', CONCAT('B', i), ?"
                                + " FROM n")
                .param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        long first =
                jdbc.sql("SELECT MIN(id) FROM sync_link WHERE object_kind = 'bench'")
                        .query(Long.class)
                        .single();
        for (int field = 0; field < FIELDS; field++) {
            jdbc.sql(
                            "INSERT INTO sync_provenance (link_id, field, field_value, source,"
                                    + " target, rule_name, run_id, source_modified_at, written_at) "
                                    + numbers
                                    + """
                                     SELECT ? + i, ?, 'value',
                                      IF(i < ? OR i % 2 = 0, 'SALESFORCE', 'HUBSPOT'),
                                      IF(i < ? OR i % 2 = 0, 'HUBSPOT', 'SALESFORCE'),
                                      'TWO_WAY', ?, DATE_SUB(w, INTERVAL i % 60 SECOND), w
                                    FROM (SELECT i, IF(i < ?,
                                      DATE_SUB(?, INTERVAL i * 90000 MICROSECOND),
                                      DATE_SUB(?, INTERVAL 960 + (i - ?) * 0.8 SECOND)) AS w
                                      FROM n) t
                                    """)
                    .params(
                            first,
                            "field" + field,
                            BUSY,
                            BUSY,
                            run,
                            BUSY,
                            Timestamp.from(now),
                            Timestamp.from(now),
                            BUSY)
                    .update();
        }
    }
}
