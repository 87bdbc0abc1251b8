package io.crmsync.metrics;

import io.crmsync.base.ExternalSystem;
import io.crmsync.health.ErrorCard;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.QueueBacklog;
import io.crmsync.sync.SuspensionCause;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Gauges of the queue per source, the open errors per type and the suspension per side and cause,
 * all read from one cached {@link SyncStateReadings}. Every series exists from the start, at zero.
 */
@Component
class StateGauges implements MeterBinder {

    private final SyncStateReadings readings;

    StateGauges(SyncStateReadings readings) {
        this.readings = readings;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ExternalSystem source : ExternalSystem.values()) {
            Gauge.builder("crmsync.queue.depth", readings, r -> backlog(r, source).records())
                    .description("Records waiting in the work queue, due or not, by source")
                    .tag("source", Tags.side(source))
                    .register(registry);
            Gauge.builder(
                            "crmsync.queue.oldest.age",
                            readings,
                            r -> backlog(r, source).oldestWait().toMillis() / 1000.0)
                    .description("How long the longest-waiting due record has been due, by source")
                    .tag("source", Tags.side(source))
                    .baseUnit("seconds")
                    .register(registry);
            for (SuspensionCause cause : SuspensionCause.values()) {
                Gauge.builder("crmsync.sync.suspended", readings, r -> suspended(r, source, cause))
                        .description("1 while the sync is suspended by this side for this cause")
                        .tag("side", Tags.side(source))
                        .tag("cause", Tags.lower(cause.name()))
                        .register(registry);
            }
        }
        for (ErrorType type : ErrorType.values()) {
            Gauge.builder("crmsync.errors.open", readings, r -> errors(r, type))
                    .description("Open sync errors by type, as Sync Health's cards count them")
                    .tag("type", Tags.lower(type.name()))
                    .register(registry);
        }
    }

    private static QueueBacklog backlog(SyncStateReadings readings, ExternalSystem source) {
        return readings.current().queue().stream()
                .filter(b -> b.source() == source)
                .findFirst()
                .orElse(new QueueBacklog(source, 0, Duration.ZERO));
    }

    private static double suspended(
            SyncStateReadings readings, ExternalSystem side, SuspensionCause cause) {
        return readings.current()
                        .suspension()
                        .filter(s -> s.system() == side && s.cause() == cause)
                        .isPresent()
                ? 1
                : 0;
    }

    private static double errors(SyncStateReadings readings, ErrorType type) {
        return readings.current().errors().stream()
                .filter(card -> card.type() == type)
                .mapToLong(ErrorCard::errors)
                .sum();
    }
}
