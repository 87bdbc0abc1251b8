package io.crmsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.CrmsyncApplication;
import io.crmsync.budget.internal.ApiCallRecorder;
import io.crmsync.testsupport.TestAccounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app as the dev runner starts it, on a fresh database with the sandboxes' demo data (a few
 * thousand contacts, some dirty on purpose): waits for the initial sync to settle and prints the
 * API calls per side, the failed ones and their share. Run with {@code ./mvnw -Pbenchmark verify
 * -Dit.test=DemoInitialSyncBenchmark}.
 */
@SpringBootTest(
        classes = CrmsyncApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"crmsync.security.first-admin.password=" + TestAccounts.FIRST_ADMIN_PASSWORD})
class DemoInitialSyncBenchmark {

    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    @Autowired JdbcClient jdbc;
    @Autowired ApiCallRecorder recorder;

    @Test
    void failedCallsOfTheDemoInitialSync() throws InterruptedException {
        long start = System.nanoTime();
        int quietLooks = 0;
        while (quietLooks < 3) {
            assertThat(System.nanoTime() - start)
                    .as("the initial sync settles within %s", TIMEOUT)
                    .isLessThan(TIMEOUT.toNanos());
            quietLooks = settled() ? quietLooks + 1 : 0;
            Thread.sleep(2_000);
        }
        recorder.flush();
        System.out.printf(
                "Demo initial sync benchmark: settled %.0f s after start-up%n",
                (System.nanoTime() - start) / 1e9);
        List<Map<String, Object>> rows =
                jdbc.sql(
                                """
                                SELECT system_name, operation, SUM(calls) AS calls,
                                  SUM(IF(status_class = '2xx', 0, calls)) AS failed
                                FROM api_call_minute GROUP BY system_name, operation WITH ROLLUP
                                """)
                        .query()
                        .listOfRows();
        for (Map<String, Object> row : rows) {
            if (row.get("system_name") == null) {
                continue;
            }
            long calls = ((Number) row.get("calls")).longValue();
            long failed = ((Number) row.get("failed")).longValue();
            System.out.printf(
                    "Demo initial sync benchmark: %s %s: %,d calls, %,d failed (%.1f %%)%n",
                    row.get("system_name"),
                    row.get("operation") == null ? "ALL" : row.get("operation"),
                    calls,
                    failed,
                    calls == 0 ? 0 : 100.0 * failed / calls);
        }
        assertThat(rows).isNotEmpty();
    }

    /** The initial run is finished and nothing is due soon in the queue. */
    private boolean settled() {
        boolean finished =
                jdbc.sql(
                                        "SELECT COUNT(*) FROM sync_run WHERE kind = 'INITIAL'"
                                                + " AND finished_at IS NOT NULL")
                                .query(Long.class)
                                .single()
                        > 0;
        long dueSoon =
                jdbc.sql("SELECT COUNT(*) FROM sync_work WHERE due_at <= ?")
                        .param(Timestamp.from(Instant.now().plusSeconds(30)))
                        .query(Long.class)
                        .single();
        return finished && dueSoon == 0;
    }
}
