package io.crmsync.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ApiCall;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Call counts are kept for 30 days by a recurring db-scheduler task. */
@CrmsyncIntegrationTest
class BudgetPurgeIT {

    @Autowired ApiCallRecorder recorder;
    @Autowired ApiCallStore store;
    @Autowired MutableClock clock;
    @Autowired RecurringTask<Void> apiCallPurgeTask;

    @Test
    void minutesOlderThan30DaysArePurgedAndYoungerOnesKept() {
        clock.advance(Duration.ofDays(40));
        Instant now = clock.instant();
        call(now.minus(Duration.ofDays(31)));
        call(now.minus(Duration.ofDays(29)));
        recorder.flush();
        Instant longAgo = now.minus(Duration.ofDays(35));
        assertThat(store.total(ExternalSystem.HUBSPOT, longAgo)).isEqualTo(2);

        int purged = PurgeTaskConfiguration.purge(store, clock);

        assertThat(purged).isPositive();
        assertThat(store.total(ExternalSystem.HUBSPOT, longAgo)).isEqualTo(1);
        assertThat(apiCallPurgeTask.getName()).isEqualTo("api-call-minute-purge");
    }

    private void call(Instant at) {
        recorder.onCall(
                new ApiCall(
                        ExternalSystem.HUBSPOT,
                        "contacts",
                        "purge-check",
                        200,
                        at,
                        Duration.ZERO,
                        null,
                        null));
    }
}
