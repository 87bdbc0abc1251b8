package io.crmsync.health;

import io.crmsync.base.ExternalSystem;
import io.crmsync.health.internal.PaceQueries;
import io.crmsync.health.internal.PaceQueries.Write;
import io.crmsync.security.AppRoles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sync lag and throughput per direction, from the provenance the engine writes with every record it
 * syncs. Every role reads them.
 */
@Service
public class SyncPaceService {

    /** The lag is the 95th percentile of the changes written in this window. */
    public static final Duration LAG_WINDOW = Duration.ofMinutes(15);

    /** Throughput is the records written in this window, per minute. */
    public static final Duration RATE_WINDOW = Duration.ofMinutes(5);

    /**
     * At most this many provenance rows are read per direction. In a busier window the lag is taken
     * over the newest changes and the rate over the time those rows span.
     */
    static final int SAMPLE_ROWS = 20_000;

    private final PaceQueries queries;
    private final Clock clock;

    SyncPaceService(PaceQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Salesforce → HubSpot, then HubSpot → Salesforce. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<SyncPace> pace() {
        Instant now = clock.instant();
        return List.of(
                pace(ExternalSystem.SALESFORCE, ExternalSystem.HUBSPOT, now),
                pace(ExternalSystem.HUBSPOT, ExternalSystem.SALESFORCE, now));
    }

    private SyncPace pace(ExternalSystem source, ExternalSystem target, Instant now) {
        List<Write> writes = queries.newestWrites(target, now.minus(LAG_WINDOW), now, SAMPLE_ROWS);
        boolean sampled = writes.stream().mapToInt(Write::rows).sum() >= SAMPLE_ROWS;
        return of(source, target, writes, sampled, now);
    }

    /** The figures of one direction from its record writes of the lag window. */
    static SyncPace of(
            ExternalSystem source,
            ExternalSystem target,
            List<Write> writes,
            boolean sampled,
            Instant now) {
        long[] lags =
                writes.stream()
                        .filter(w -> w.live() && w.changedAt() != null)
                        .mapToLong(
                                w ->
                                        Math.max(
                                                0,
                                                Duration.between(w.changedAt(), w.writtenAt())
                                                        .toMillis()))
                        .sorted()
                        .toArray();
        Duration lag =
                lags.length == 0
                        ? null
                        : Duration.ofMillis(lags[(int) Math.ceil(0.95 * lags.length) - 1]);
        Instant rateFrom = now.minus(RATE_WINDOW);
        if (sampled) {
            Instant oldest =
                    writes.stream().map(Write::writtenAt).min(Instant::compareTo).orElse(now);
            if (oldest.isAfter(rateFrom)) {
                rateFrom = oldest;
            }
        }
        Instant from = rateFrom;
        long recent = writes.stream().filter(w -> w.writtenAt().isAfter(from)).count();
        double minutes = Math.max(1, Duration.between(from, now).toMillis()) / 60_000.0;
        return new SyncPace(source, target, lag, lags.length, recent / minutes, writes.isEmpty());
    }
}
