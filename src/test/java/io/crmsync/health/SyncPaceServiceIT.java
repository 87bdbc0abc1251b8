package io.crmsync.health;

import static io.crmsync.base.ExternalSystem.HUBSPOT;
import static io.crmsync.base.ExternalSystem.SALESFORCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** Lag and throughput per direction, from the provenance of the records written. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
class SyncPaceServiceIT {

    @Autowired SyncPaceService pace;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    Instant now;

    @BeforeEach
    void aQuietHourLater() {
        clock.advance(Duration.ofHours(1));
        now = clock.instant();
    }

    @Test
    void theLagIsThe95thPercentileOfTheChangesWrittenInTheLast15Minutes() {
        long run = run("INCREMENTAL", now.minus(Duration.ofHours(2)));
        for (int i = 1; i <= 20; i++) {
            Instant written = now.minus(Duration.ofMinutes(1));
            // the newest change among a write's fields is the one the write carried
            write(HUBSPOT, run, written, written.minusSeconds(i), written.minusSeconds(900 + i));
        }
        Instant longAgo = now.minus(Duration.ofMinutes(16));
        write(HUBSPOT, run, longAgo, longAgo.minusSeconds(600));

        SyncPace toHubSpot = pace.pace().getFirst();

        assertThat(toHubSpot.source()).isEqualTo(SALESFORCE);
        assertThat(toHubSpot.target()).isEqualTo(HUBSPOT);
        assertThat(toHubSpot.lag()).isEqualTo(Duration.ofSeconds(19));
        assertThat(toHubSpot.changes()).isEqualTo(20);
        assertThat(toHubSpot.recordsPerMinute()).isEqualTo(4.0);
        assertThat(toHubSpot.quiet()).isFalse();
    }

    @Test
    void backfillWritesCountInTheThroughputButNotInTheLag() {
        long initial = run("INITIAL", now.minus(Duration.ofMinutes(10)));
        Instant written = now.minus(Duration.ofMinutes(2));
        write(SALESFORCE, initial, written, now.minus(Duration.ofDays(300)));
        write(SALESFORCE, initial, written, now.minus(Duration.ofDays(30)));
        write(SALESFORCE, initial, written, written.minusSeconds(30));
        write(SALESFORCE, initial, now.minus(Duration.ofMinutes(9)), now.minus(Duration.ofDays(2)));

        SyncPace toSalesforce = pace.pace().get(1);

        assertThat(toSalesforce.source()).isEqualTo(HUBSPOT);
        assertThat(toSalesforce.lag()).isEqualTo(Duration.ofSeconds(30));
        assertThat(toSalesforce.changes()).isEqualTo(1);
        assertThat(toSalesforce.recordsPerMinute()).isEqualTo(3 / 5.0);
    }

    @Test
    void aDirectionWithNoWritesInTheLast15MinutesIsQuiet() {
        long run = run("INCREMENTAL", now.minus(Duration.ofHours(2)));
        write(HUBSPOT, run, now.minusSeconds(10), now.minusSeconds(20));
        assertThat(pace.pace().getFirst().quiet()).isFalse();

        clock.advance(SyncPaceService.LAG_WINDOW);

        List<SyncPace> later = pace.pace();
        assertThat(later).allSatisfy(p -> assertThat(p.quiet()).isTrue());
        assertThat(later)
                .allSatisfy(
                        p -> {
                            assertThat(p.lag()).isNull();
                            assertThat(p.changes()).isZero();
                            assertThat(p.recordsPerMinute()).isZero();
                        });
    }

    @Test
    void writesOlderThanTheRateWindowCountOnlyInTheLag() {
        long run = run("INCREMENTAL", now.minus(Duration.ofHours(2)));
        Instant written = now.minus(Duration.ofMinutes(6));
        write(HUBSPOT, run, written, written.minusSeconds(4));

        SyncPace toHubSpot = pace.pace().getFirst();

        assertThat(toHubSpot.lag()).isEqualTo(Duration.ofSeconds(4));
        assertThat(toHubSpot.recordsPerMinute()).isZero();
        assertThat(toHubSpot.quiet()).isFalse();
    }

    private long run(String kind, Instant started) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO sync_run (kind, started_at, started_by, finished_at)"
                                + " VALUES (?, ?, 'system', ?)")
                .params(kind, Timestamp.from(started), Timestamp.from(now))
                .update(keys);
        return keys.getKey().longValue();
    }

    /** One record written to {@code target}, a provenance row per field changed at these times. */
    private void write(ExternalSystem target, long run, Instant written, Instant... changed) {
        String id = UUID.randomUUID().toString().substring(0, 12);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO sync_link (object_kind, hubspot_id, salesforce_type,"
                                + " salesforce_id, created_at) VALUES ('contact', ?, 'Contact', ?, ?)")
                .params("h" + id, "s" + id, Timestamp.from(written))
                .update(keys);
        long link = keys.getKey().longValue();
        for (int i = 0; i < changed.length; i++) {
            jdbc.sql(
                            """
                            INSERT INTO sync_provenance (link_id, field, field_value, source, target,
                              rule_name, run_id, source_modified_at, written_at)
                            VALUES (?, ?, 'v', ?, ?, 'TWO_WAY', ?, ?, ?)
                            """)
                    .params(
                            link,
                            "field" + i,
                            target.other().name(),
                            target.name(),
                            run,
                            Timestamp.from(changed[i]),
                            Timestamp.from(written))
                    .update();
        }
    }
}
