package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.RecordsSynced;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of crmsync what a stored batch wrote, as one {@link RecordsSynced} per direction.
 * A write is live, and has a lag, by the rule of Sync Health's lag gauge ({@code PaceQueries}).
 * Reporting never throws into the engine.
 */
@Component
class SyncReports {

    private static final Logger log = LoggerFactory.getLogger(SyncReports.class);

    private record RunStart(boolean incremental, Instant startedAt) {}

    private final Runs runs;
    private final ApplicationEventPublisher events;
    // A run's kind and start never change; there is one run a day and one per backfill.
    private final Map<Long, Optional<RunStart>> starts = new ConcurrentHashMap<>();

    SyncReports(Runs runs, ApplicationEventPublisher events) {
        this.runs = runs;
        this.events = events;
    }

    void stored(Streams.Stream stream, List<LinkStore.Sync> syncs) {
        try {
            Map<ExternalSystem, List<Duration>> lags = new EnumMap<>(ExternalSystem.class);
            Map<ExternalSystem, Integer> records = new EnumMap<>(ExternalSystem.class);
            for (LinkStore.Sync sync : syncs) {
                if (sync.writes().stream().noneMatch(FieldWrite::written)) {
                    continue;
                }
                ExternalSystem source = sync.target().other();
                records.merge(source, 1, Integer::sum);
                List<Duration> sourceLags = lags.computeIfAbsent(source, s -> new ArrayList<>());
                lag(sync).ifPresent(sourceLags::add);
            }
            records.forEach(
                    (source, count) ->
                            events.publishEvent(
                                    new RecordsSynced(
                                            source, stream.objectType(), count, lags.get(source))));
        } catch (RuntimeException e) {
            log.warn("Could not report the records synced from {}: {}", stream.key(), e.toString());
        }
    }

    private Optional<Duration> lag(LinkStore.Sync sync) {
        Optional<Instant> changed =
                sync.writes().stream()
                        .filter(FieldWrite::written)
                        .map(FieldWrite::sourceModifiedAt)
                        .filter(Objects::nonNull)
                        .max(Instant::compareTo);
        if (changed.isEmpty() || !live(sync.runId(), changed.get())) {
            return Optional.empty();
        }
        Duration lag = Duration.between(changed.get(), sync.now());
        return Optional.of(lag.isNegative() ? Duration.ZERO : lag);
    }

    private boolean live(Long runId, Instant changed) {
        if (runId == null) {
            return true;
        }
        return starts.computeIfAbsent(runId, this::start)
                .map(run -> run.incremental() || !changed.isBefore(run.startedAt()))
                .orElse(true);
    }

    private Optional<RunStart> start(long runId) {
        return runs.find(runId)
                .map(
                        run ->
                                new RunStart(
                                        RunTracker.INCREMENTAL.equals(run.kind()),
                                        run.startedAt()));
    }
}
