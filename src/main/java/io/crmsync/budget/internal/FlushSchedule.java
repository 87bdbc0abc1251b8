package io.crmsync.budget.internal;

import io.crmsync.base.LoopTurns;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Flushes the call counts every few seconds, and once more on shutdown before the database pool
 * closes.
 */
@Component
class FlushSchedule implements SmartLifecycle {

    private static final long PERIOD_SECONDS = 5;

    private final ApiCallRecorder recorder;
    private final LoopTurns turns;
    private ScheduledExecutorService executor;

    FlushSchedule(ApiCallRecorder recorder, ApplicationEventPublisher events) {
        this.recorder = recorder;
        this.turns = new LoopTurns(events, "api-call-flush");
    }

    @Override
    public synchronized void start() {
        executor =
                Executors.newSingleThreadScheduledExecutor(
                        Thread.ofPlatform().daemon().name("api-call-flush").factory());
        executor.scheduleWithFixedDelay(
                this::flush, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void flush() {
        if (recorder.flush()) {
            turns.ran();
        } else {
            turns.failed();
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
            recorder.flush();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
