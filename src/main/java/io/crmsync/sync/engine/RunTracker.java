package io.crmsync.sync.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Which run new work belongs to: the open initial sync or resync, else the day's incremental run. A
 * backfill run ends when every stream has read to its end and none of its work is queued.
 */
@NamedInterface("engine")
@Component
public class RunTracker {

    static final String INITIAL = "INITIAL";
    static final String RESYNC = "RESYNC";
    public static final String INCREMENTAL = "INCREMENTAL";

    private final Runs runs;
    private final Cursors cursors;
    private final JdbcClient jdbc;
    private final Clock clock;

    RunTracker(Runs runs, Cursors cursors, JdbcClient jdbc, Clock clock) {
        this.runs = runs;
        this.cursors = cursors;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    synchronized long current() {
        List<Runs.Run> open = runs.open();
        for (Runs.Run run : open) {
            if (!INCREMENTAL.equals(run.kind())) {
                return run.id();
            }
        }
        Instant now = clock.instant();
        Instant today =
                now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        for (Runs.Run run : open) {
            if (INCREMENTAL.equals(run.kind()) && !run.startedAt().isBefore(today)) {
                return run.id();
            }
            runs.finish(run.id(), now);
        }
        return runs.start(INCREMENTAL, "system", now);
    }

    /** Ends backfill runs whose streams are read and whose work is all settled. */
    void finishSettled() {
        // Every stream with a cursor: a resync of companies or deals rewinds theirs.
        boolean allRead =
                java.util.stream.Stream.of(
                                Streams.CONTACTS,
                                Streams.COMPANIES,
                                Streams.DEALS,
                                Streams.LIFECYCLE)
                        .flatMap(List::stream)
                        .filter(
                                s ->
                                        Streams.CONTACTS.contains(s)
                                                || cursors.find(s.key()).isPresent())
                        .allMatch(
                                s ->
                                        cursors.find(s.key())
                                                .map(Cursors.Position::backfillDone)
                                                .orElse(false));
        if (!allRead) {
            return;
        }
        for (Runs.Run run : runs.open()) {
            if (INCREMENTAL.equals(run.kind())) {
                continue;
            }
            long queued =
                    jdbc.sql("SELECT COUNT(*) FROM sync_work WHERE run_id = ?")
                            .param(run.id())
                            .query(Long.class)
                            .single();
            if (queued == 0) {
                runs.finish(run.id(), clock.instant());
            }
        }
    }
}
