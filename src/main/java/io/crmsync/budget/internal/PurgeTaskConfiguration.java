package io.crmsync.budget.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.crmsync.base.LoopTurns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps 30 days of call counts: older minutes are deleted every hour, on one node. */
@Configuration(proxyBeanMethods = false)
class PurgeTaskConfiguration {

    static final Duration RETENTION = Duration.ofDays(30);

    @Bean
    RecurringTask<Void> apiCallPurgeTask(
            ApiCallStore store, Clock clock, ApplicationEventPublisher events) {
        LoopTurns turns = new LoopTurns(events, "api-call-minute-purge");
        return Tasks.recurring("api-call-minute-purge", FixedDelay.ofHours(1))
                .execute((instance, context) -> turns.run(() -> purge(store, clock)));
    }

    static int purge(ApiCallStore store, Clock clock) {
        Instant cutoff = clock.instant().minus(RETENTION);
        return store.purgeBefore(cutoff);
    }
}
