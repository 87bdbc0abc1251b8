package io.crmsync.metrics;

import io.crmsync.sync.RecordsSynced;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records synced per object and direction, and the lag from a change to its write. */
@Component
class SyncMeters {

    private final MeterRegistry registry;

    SyncMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(RecordsSynced synced) {
        String direction = Tags.direction(synced.source());
        Counter.builder("crmsync.records.synced")
                .description("Records written to the other CRM, by object and direction")
                .tag("object", synced.objectType())
                .tag("direction", direction)
                .register(registry)
                .increment(synced.records());
        Timer lag = lag(direction);
        synced.lags().forEach(lag::record);
    }

    private Timer lag(String direction) {
        return Timer.builder("crmsync.sync.lag")
                .description("From a change in the source CRM to its write on the other side")
                .tag("direction", direction)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofHours(2))
                .register(registry);
    }
}
