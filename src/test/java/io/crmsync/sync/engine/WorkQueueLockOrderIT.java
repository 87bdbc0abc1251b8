package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.base.ExternalSystem;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A poll queues a page of changes while a batch queues its follow-ups, often the same records in
 * another order; both lock the queue's rows in the order of their key, so that neither holds a row
 * the other needs while it waits (the deadlock of the first start).
 */
@CrmsyncIntegrationTest
class WorkQueueLockOrderIT {

    @Autowired WorkQueue queue;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MutableClock clock;

    @Test
    void queueingLocksRowsInTheOrderOfTheirKeyWhateverTheOrderOfTheItems() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        WorkItem first = item(run + "-a");
        WorkItem second = item(run + "-b");
        queue.enqueue(List.of(first, second), clock.instant());
        // Two threads of their own: the common pool may have one, and both transactions block.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> other =
                CompletableFuture.runAsync(
                        () ->
                                transactions.executeWithoutResult(
                                        tx -> {
                                            lock(second.recordId(), "");
                                            held.countDown();
                                            await(release);
                                        }),
                        threads);
        await(held);
        CompletableFuture<Integer> queueing =
                CompletableFuture.supplyAsync(
                        () ->
                                transactions.execute(
                                        tx ->
                                                queue.enqueue(
                                                        List.of(second, first), clock.instant())),
                        threads);
        try {
            awaitLockWait();

            assertThatThrownBy(
                            () ->
                                    transactions.executeWithoutResult(
                                            tx -> lock(first.recordId(), " NOWAIT")))
                    .as("the first row in key order is held while the second is awaited")
                    .isInstanceOf(DataAccessException.class);
        } finally {
            release.countDown();
            other.join();
            threads.shutdown();
        }
        assertThat(queueing.join()).isZero();
    }

    private void lock(String recordId, String option) {
        jdbc.sql(
                        "SELECT id FROM sync_work WHERE source = 'HUBSPOT' AND object_type ="
                                + " 'contacts' AND record_id = ? FOR UPDATE"
                                + option)
                .param(recordId)
                .query(Long.class)
                .single();
    }

    /** Waits until a transaction waits for a row lock: the queueing one, behind the held row. */
    private void awaitLockWait() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.sql(
                                "SELECT COUNT(*) FROM information_schema.innodb_trx"
                                        + " WHERE trx_state = 'LOCK WAIT'")
                        .query(Long.class)
                        .single()
                == 0) {
            assertThat(System.nanoTime()).as("a transaction waits for a lock").isLessThan(end);
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static WorkItem item(String id) {
        return WorkItem.byId(ExternalSystem.HUBSPOT, "contacts", id, WorkReason.CHANGE, null);
    }
}
