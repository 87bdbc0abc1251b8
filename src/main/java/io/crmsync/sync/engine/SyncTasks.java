package io.crmsync.sync.engine;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.crmsync.base.LoopTurns;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's scheduled jobs, run by db-scheduler on one node at a time: the change polls and the
 * retry of failed records.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EngineProperties.class)
class SyncTasks {

    @Bean
    RecurringTask<Void> syncPollTask(
            SyncJobs jobs, EngineProperties properties, ApplicationEventPublisher events) {
        LoopTurns turns = new LoopTurns(events, "sync-poll");
        return Tasks.recurring("sync-poll", FixedDelay.of(pollTick(properties.pollInterval())))
                .execute((instance, context) -> turns.run(jobs::poll));
    }

    /**
     * The poll task looks every quarter of a second which streams are due (the scheduler then runs
     * it at its next look for due jobs, twice a second), so that each stream is read within about
     * half a second of its interval from the start of its last read. A task delay of a whole
     * interval would add the time the polls take, and the scheduler's own delay, to every interval.
     */
    static Duration pollTick(Duration pollInterval) {
        Duration tick = Duration.ofMillis(250);
        return pollInterval.compareTo(tick) < 0 ? pollInterval : tick;
    }

    @Bean
    RecurringTask<Void> syncRetryTask(SyncJobs jobs, ApplicationEventPublisher events) {
        LoopTurns turns = new LoopTurns(events, "sync-retry");
        return Tasks.recurring("sync-retry", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> turns.run(jobs::retryDue));
    }
}
