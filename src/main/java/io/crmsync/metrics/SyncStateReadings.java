package io.crmsync.metrics;

import io.crmsync.health.ErrorCard;
import io.crmsync.sync.QueueBacklog;
import io.crmsync.sync.SyncSuspension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync's state as the gauges show it, read from the database at most once every {@link #TTL}
 * however often Prometheus scrapes and however many gauges ask. When a read fails, the gauges keep
 * the last state read until the next try, a TTL later.
 */
class SyncStateReadings {

    static final Duration TTL = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(SyncStateReadings.class);

    /** What one read found. */
    record State(
            List<QueueBacklog> queue, List<ErrorCard> errors, Optional<SyncSuspension> suspension) {

        static final State NOTHING_READ = new State(List.of(), List.of(), Optional.empty());
    }

    private final Supplier<State> read;
    private final Clock clock;
    private State state = State.NOTHING_READ;
    private Instant readAt = Instant.MIN;

    SyncStateReadings(Supplier<State> read, Clock clock) {
        this.read = read;
        this.clock = clock;
    }

    synchronized State current() {
        Instant now = clock.instant();
        if (readAt.isAfter(now.minus(TTL))) {
            return state;
        }
        readAt = now;
        try {
            state = read.get();
        } catch (RuntimeException e) {
            log.debug("Could not read the sync's state for the gauges: {}", e.toString());
        }
        return state;
    }
}
