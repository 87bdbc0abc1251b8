package io.crmsync.metrics;

import io.crmsync.base.LoopRan;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every loop's turns and failed turns, by loop. */
@Component
class LoopMeters {

    private final MeterRegistry registry;

    LoopMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(LoopRan turn) {
        // Both series exist from a loop's first turn, so that a rate of failures reads zero.
        Counter failures = registry.counter("crmsync.loop.failures", "loop", turn.loop());
        registry.counter("crmsync.loop.runs", "loop", turn.loop()).increment();
        if (turn.failed()) {
            failures.increment();
        }
    }
}
