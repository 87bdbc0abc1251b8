package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A worker keeps its batch while it is on it, however long that takes: another worker gets the
 * records only once the claim's lease runs out without renewal, and the first then learns that it
 * lost them.
 */
@CrmsyncIntegrationTest
class LeaseRenewalIT extends SyncScenarioSupport {

    private static final Streams.Stream HUBSPOT = Streams.of(ExternalSystem.HUBSPOT, "contacts");
    private static final Duration LEASE = Duration.ofSeconds(20);

    @Autowired WorkQueue queue;

    @AfterEach
    void emptyQueue() {
        jdbc.sql("DELETE FROM sync_work WHERE record_id LIKE 'lease-%'").update();
    }

    @Test
    void aRenewedClaimOutlivesItsFirstLease() {
        enqueue(3);
        List<WorkItem> batch = claim();
        assertThat(batch).hasSize(3).allSatisfy(i -> assertThat(i.claimToken()).isNotNull());

        clock.advance(Duration.ofSeconds(15));
        assertThat(queue.renew(batch, clock.instant().plus(LEASE))).isTrue();
        clock.advance(Duration.ofSeconds(15));

        assertThat(claim()).as("past the first lease, still held").isEmpty();
    }

    @Test
    void aClaimThatRanOutGoesToAnotherWorkerAndCannotBeRenewed() {
        enqueue(3);
        List<WorkItem> batch = claim();

        clock.advance(LEASE.plusSeconds(1));
        List<WorkItem> taken = claim();

        assertThat(taken).extracting(WorkItem::recordId).containsExactlyInAnyOrder(ids(3));
        assertThat(queue.renew(batch, clock.instant().plus(LEASE))).isFalse();
        assertThat(queue.renew(taken, clock.instant().plus(LEASE))).isTrue();
    }

    @Test
    void renewalsKeepABatchForAsLongAsItsWorkerHoldsIt() throws InterruptedException {
        Duration lease = Duration.ofMillis(600);
        LeaseRenewals renewals =
                new LeaseRenewals(
                        queue,
                        new EngineProperties(null, null, null, null, lease, null, null, null, null),
                        Clock.systemUTC());
        enqueue(2, Clock.systemUTC().instant());
        List<WorkItem> batch = claim(lease);
        try (LeaseRenewals.Held held = renewals.hold(batch)) {
            Thread.sleep(lease.multipliedBy(4));
            assertThat(claim(lease)).as("renewed while held").isEmpty();
        }
        Thread.sleep(lease.multipliedBy(2));
        assertThat(claim(lease)).as("ran out once released").hasSize(2);
        renewals.destroy();
    }

    private static String[] ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> "lease-" + i).toArray(String[]::new);
    }

    private void enqueue(int count) {
        enqueue(count, clock.instant());
    }

    private void enqueue(int count, java.time.Instant now) {
        queue.enqueue(
                java.util.Arrays.stream(ids(count))
                        .map(
                                id ->
                                        WorkItem.byId(
                                                ExternalSystem.HUBSPOT,
                                                HUBSPOT.objectType(),
                                                id,
                                                WorkReason.CHANGE,
                                                null))
                        .toList(),
                now);
    }

    private List<WorkItem> claim() {
        return queue.claim(
                HUBSPOT.source(),
                HUBSPOT.objectType(),
                HUBSPOT.batchSize(),
                LEASE,
                clock.instant());
    }

    /** A claim on the wall clock, which the renewals use. */
    private List<WorkItem> claim(Duration lease) {
        return queue.claim(
                HUBSPOT.source(),
                HUBSPOT.objectType(),
                HUBSPOT.batchSize(),
                lease,
                Clock.systemUTC().instant());
    }
}
