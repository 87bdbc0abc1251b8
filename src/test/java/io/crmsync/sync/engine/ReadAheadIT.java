package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * While this node's poll still reads a stream's next page, its workers take only full batches, so
 * that a backfill writes 200 HubSpot contacts per Salesforce call; a partial batch goes as soon as
 * the read is over, or once it has waited for the hold.
 */
@CrmsyncIntegrationTest
class ReadAheadIT extends SyncScenarioSupport {

    private static final Streams.Stream HUBSPOT = Streams.of(ExternalSystem.HUBSPOT, "contacts");

    @Autowired ReadAhead readAhead;
    @Autowired SyncWorkers workers;
    @Autowired WorkQueue queue;

    @AfterEach
    void emptyQueue() {
        readAhead.done(HUBSPOT.key());
        jdbc.sql("DELETE FROM sync_work WHERE record_id LIKE 'read-ahead-%'").update();
    }

    @Test
    void aPartialBatchWaitsWhileMorePagesAreComing() {
        enqueue(0, 150);
        assertThat(workers.batchReady(HUBSPOT)).isTrue();

        readAhead.more(HUBSPOT.key(), clock.instant());
        assertThat(workers.batchReady(HUBSPOT)).isFalse();

        enqueue(150, 200);
        assertThat(workers.batchReady(HUBSPOT)).isTrue();
        assertThat(claim()).hasSize(HUBSPOT.batchSize());
        assertThat(workers.batchReady(HUBSPOT)).isFalse();

        readAhead.done(HUBSPOT.key());
        assertThat(workers.batchReady(HUBSPOT)).isTrue();
        assertThat(claim()).hasSize(150);
    }

    @Test
    void aPartialBatchGoesOnceItHasWaitedForTheHold() {
        enqueue(0, 150);
        readAhead.more(HUBSPOT.key(), clock.instant());
        assertThat(workers.batchReady(HUBSPOT)).isFalse();

        clock.advance(ReadAhead.HOLD.plusSeconds(1));
        readAhead.more(HUBSPOT.key(), clock.instant());
        assertThat(workers.batchReady(HUBSPOT)).isTrue();
    }

    private void enqueue(int from, int count) {
        List<WorkItem> items =
                IntStream.range(from, from + count)
                        .mapToObj(
                                i ->
                                        WorkItem.byId(
                                                ExternalSystem.HUBSPOT,
                                                HUBSPOT.objectType(),
                                                "read-ahead-" + i,
                                                WorkReason.CHANGE,
                                                null))
                        .toList();
        queue.enqueue(items, clock.instant());
    }

    private List<WorkItem> claim() {
        return queue.claim(
                HUBSPOT.source(),
                HUBSPOT.objectType(),
                HUBSPOT.batchSize(),
                Duration.ofMinutes(1),
                clock.instant());
    }
}
