package io.crmsync.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.QueueBacklog;
import io.crmsync.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SyncStateReadingsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final AtomicInteger reads = new AtomicInteger();
    private volatile boolean databaseDown;

    private final SyncStateReadings readings =
            new SyncStateReadings(
                    () -> {
                        if (databaseDown) {
                            throw new IllegalStateException("no connection");
                        }
                        return state(reads.incrementAndGet());
                    },
                    clock);

    @Test
    void manyGaugesAndScrapesWithinTheTtlReadTheDatabaseOnce() {
        for (int i = 0; i < 20; i++) {
            readings.current();
        }
        clock.advance(SyncStateReadings.TTL.minusMillis(1));
        readings.current();

        assertThat(reads).hasValue(1);
    }

    @Test
    void aReadOlderThanTheTtlIsReadAgain() {
        readings.current();
        clock.advance(SyncStateReadings.TTL);

        assertThat(depth(readings.current())).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void whenTheDatabaseFailsTheLastStateStaysUntilTheNextTry() {
        readings.current();
        databaseDown = true;
        clock.advance(SyncStateReadings.TTL);

        assertThat(depth(readings.current())).isEqualTo(1);

        databaseDown = false;
        assertThat(depth(readings.current())).isEqualTo(1);
        clock.advance(SyncStateReadings.TTL);
        assertThat(depth(readings.current())).isEqualTo(2);
    }

    private static SyncStateReadings.State state(long depth) {
        return new SyncStateReadings.State(
                List.of(new QueueBacklog(ExternalSystem.SALESFORCE, depth, Duration.ZERO)),
                List.of(),
                Optional.empty());
    }

    private static long depth(SyncStateReadings.State state) {
        return state.queue().getFirst().records();
    }
}
