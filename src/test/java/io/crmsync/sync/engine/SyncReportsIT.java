package io.crmsync.sync.engine;

import static io.crmsync.base.ExternalSystem.HUBSPOT;
import static io.crmsync.base.ExternalSystem.SALESFORCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.RecordsSynced;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What a stored batch tells the rest of crmsync: records per direction and the lag of changes. */
@CrmsyncIntegrationTest
@RecordApplicationEvents
class SyncReportsIT {

    @Autowired SyncReports reports;
    @Autowired Runs runs;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    Instant now;

    @BeforeEach
    void later() {
        clock.advance(Duration.ofHours(1));
        now = clock.instant();
    }

    @Test
    void aWrittenChangeHasTheLagFromItsNewestWrittenFieldToTheWrite() {
        long incremental = runs.start(RunTracker.INCREMENTAL, "system", now.minusSeconds(3600));

        reports.stored(
                Streams.of(SALESFORCE, "Contact"),
                List.of(
                        sync(
                                HUBSPOT,
                                incremental,
                                written(now.minusSeconds(30)),
                                written(now.minusSeconds(7)),
                                observed(now.minusSeconds(1))),
                        sync(HUBSPOT, incremental, observed(now.minusSeconds(2)))));

        RecordsSynced synced = single();
        assertThat(synced.source()).isEqualTo(SALESFORCE);
        assertThat(synced.objectType()).isEqualTo("Contact");
        assertThat(synced.records()).as("an echo only observed is not a record synced").isOne();
        assertThat(synced.lags()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aBackfillCopyOfAnOlderRecordHasNoLagButAChangeDuringTheBackfillHas() {
        long initial = runs.start(RunTracker.INITIAL, "admin", now.minusSeconds(600));

        reports.stored(
                Streams.of(HUBSPOT, "contacts"),
                List.of(
                        sync(SALESFORCE, initial, written(now.minus(Duration.ofDays(90)))),
                        sync(SALESFORCE, initial, written(now.minusSeconds(20)))));

        RecordsSynced synced = single();
        assertThat(synced.source()).isEqualTo(HUBSPOT);
        assertThat(synced.records()).isEqualTo(2);
        assertThat(synced.lags()).containsExactly(Duration.ofSeconds(20));
    }

    private RecordsSynced single() {
        List<RecordsSynced> published = events.stream(RecordsSynced.class).toList();
        assertThat(published).hasSize(1);
        return published.getFirst();
    }

    private LinkStore.Sync sync(ExternalSystem target, long run, FieldWrite... writes) {
        return new LinkStore.Sync(1, target, List.of(writes), run, now);
    }

    private static FieldWrite written(Instant changed) {
        return new FieldWrite("email", "a@example.com", "a@example.com", null, changed, "r", true);
    }

    private static FieldWrite observed(Instant changed) {
        return new FieldWrite("phone", "1", "1", null, changed, "r", false);
    }
}
