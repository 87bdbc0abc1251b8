package io.crmsync.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.LoopRan;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class LoopMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LoopMeters meters = new LoopMeters(registry);

    @Test
    void everyTurnCountsAsARunAndAFailedOneAlsoAsAFailure() {
        meters.on(new LoopRan("sync-poll", false));
        meters.on(new LoopRan("sync-poll", true));
        meters.on(new LoopRan("sync-workers", false));

        assertThat(count("crmsync.loop.runs", "sync-poll")).isEqualTo(2);
        assertThat(count("crmsync.loop.failures", "sync-poll")).isEqualTo(1);
        assertThat(count("crmsync.loop.runs", "sync-workers")).isEqualTo(1);
    }

    @Test
    void aLoopThatNeverFailedShowsZeroFailures() {
        meters.on(new LoopRan("api-call-flush", false));

        assertThat(count("crmsync.loop.failures", "api-call-flush")).isZero();
    }

    private double count(String name, String loop) {
        return registry.get(name).tag("loop", loop).counter().count();
    }
}
