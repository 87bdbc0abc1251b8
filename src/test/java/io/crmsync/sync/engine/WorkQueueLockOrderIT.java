package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A poll queues a page of changes while a batch queues its follow-ups, often the same records in
 * another order; both take the queue's rows in the order of their key, so that neither holds a row
 * the other needs while it waits (the deadlock of the first start). MariaDB numbers new rows in the
 * order a statement writes them, which shows the order the rows were taken in.
 */
@CrmsyncIntegrationTest
class WorkQueueLockOrderIT {

    @Autowired WorkQueue queue;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @Test
    void queueingTakesRowsInTheOrderOfTheirKeyWhateverTheOrderOfTheItems() {
        String run = UUID.randomUUID().toString().substring(0, 8);

        queue.enqueue(
                List.of(item(run + "-c"), item(run + "-a"), item(run + "-b")), clock.instant());

        assertThat(
                        jdbc.sql(
                                        "SELECT record_id FROM sync_work WHERE record_id LIKE ?"
                                                + " ORDER BY id")
                                .param(run + "-%")
                                .query(String.class)
                                .list())
                .containsExactly(run + "-a", run + "-b", run + "-c");
    }

    private static WorkItem item(String id) {
        return WorkItem.byId(ExternalSystem.HUBSPOT, "contacts", id, WorkReason.CHANGE, null);
    }
}
