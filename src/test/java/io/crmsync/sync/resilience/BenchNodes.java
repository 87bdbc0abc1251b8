package io.crmsync.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * crmsync nodes as separate processes for the benchmarks, and what they report: the API calls they
 * made and their peak heap when stopped, the time a sync took, lag percentiles.
 */
final class BenchNodes implements AutoCloseable {

    private final List<Process> started = new ArrayList<>();

    /**
     * Starts a node with {@code -Xmx512m} and the serial collector (a small container's JVM), the
     * given poll interval and extra properties.
     */
    Process start(SyncRig rig, Path log, String pollInterval, Map<String, String> extra)
            throws IOException {
        Files.createDirectories(log.getParent());
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("crmsync.sync.poll-interval", pollInterval);
        // The shipped idle interval: the rig's 2 s, meant to keep tests short, would count a poll
        // of every quiet stream every 2 s among the sync's calls.
        properties.put("crmsync.sync.idle-poll-interval", "30s");
        properties.put("crmsync.sync.lease", "2m");
        if (Boolean.getBoolean("crmsync.bench.debug")) {
            properties.put("logging.level.io.crmsync.sync.engine", "DEBUG");
        }
        properties.putAll(extra);
        Process process =
                new ProcessBuilder(rig.nodeCommand("512m", properties, false))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        started.add(process);
        return process;
    }

    /** Stops a node normally, so that it prints its calls and peak heap. */
    static void stop(Process node) throws InterruptedException {
        node.destroy();
        node.waitFor();
    }

    /**
     * Waits for {@code n} links and an empty queue; returns the seconds from the first link to the
     * last by their creation times, the sync proper without the node's start-up or reading its own
     * writes back.
     */
    static double awaitLinks(SyncRig rig, Process node, long n) {
        return awaitLinks(rig, node, 0, n);
    }

    /**
     * As {@link #awaitLinks(SyncRig, Process, long)}, timed from the first link after {@code from}.
     */
    static double awaitLinks(SyncRig rig, Process node, long from, long n) {
        long[] first = {0};
        boolean done =
                SyncRig.await(
                        Duration.ofMinutes(40),
                        () -> {
                            long links = rig.links();
                            if (links > from && first[0] == 0) {
                                first[0] = System.nanoTime();
                            }
                            return !node.isAlive() || (links >= n && rig.queued() == 0);
                        });
        long end = System.nanoTime();
        assertThat(node.isAlive()).as("node alive").isTrue();
        assertThat(done).isTrue();
        assertThat(rig.links()).isEqualTo(n);
        Long micros =
                rig.db
                        .sql(
                                "SELECT TIMESTAMPDIFF(MICROSECOND, MIN(created_at), MAX(created_at))"
                                        + " FROM (SELECT created_at FROM sync_link ORDER BY id"
                                        + " LIMIT ? OFFSET ?) added")
                        .params(n - from, from)
                        .query(Long.class)
                        .single();
        System.out.printf(
                "BENCH %d links from the first to the last in %.1f s; the queue was empty %.1f s"
                        + " after the first%n",
                n - from, micros / 1e6, (end - first[0]) / 1e9);
        return micros / 1e6;
    }

    /**
     * Lets the node read its own writes back (the echo) before its calls are counted: waits until
     * no cursor has moved and the queue has stayed empty for {@code quiet}.
     */
    static void awaitQuiet(SyncRig rig, Process node, Duration quiet) {
        long start = System.nanoTime();
        String last = "";
        long unchangedSince = System.nanoTime();
        long giveUp = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < giveUp && node.isAlive()) {
            String state =
                    rig.db
                            .sql(
                                    "SELECT GROUP_CONCAT(stream, modified_at, last_id ORDER BY"
                                            + " stream) FROM sync_cursor")
                            .query(String.class)
                            .single();
            long queued = rig.queued();
            if (!state.equals(last) || queued > 0) {
                last = state;
                unchangedSince = System.nanoTime();
            } else if (System.nanoTime() - unchangedSince >= quiet.toNanos()) {
                break;
            }
            SyncRig.sleep(1000);
        }
        System.out.printf(
                "BENCH quiet (echo read back) after %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The node's {@code NODE-CALLS} and {@code NODE-PEAK-HEAP-MB} lines, printed when stopped. */
    static Map<String, String> report(Path log) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("NODE-CALLS ")) {
                out.put("calls", line.substring("NODE-CALLS ".length()));
            } else if (line.startsWith("NODE-PEAK-HEAP-MB ")) {
                out.put("heap", line.substring("NODE-PEAK-HEAP-MB ".length()));
            }
        }
        return out;
    }

    /** Waits for a change to show, looking every 100 ms; the milliseconds it took, or -1. */
    static long millisUntil(long beginNanos, Duration timeout, Supplier<Boolean> arrived) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (arrived.get()) {
                    return (System.nanoTime() - beginNanos) / 1_000_000;
                }
            } catch (RuntimeException e) {
                // A sandbox read raced a write; look again.
            }
            SyncRig.sleep(100);
        }
        return -1;
    }

    static String percentiles(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "no samples";
        }
        return "p50 "
                + sorted.get((int) Math.ceil(0.5 * sorted.size()) - 1)
                + " ms, p95 "
                + sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1)
                + " ms, max "
                + sorted.getLast()
                + " ms over "
                + sorted.size()
                + " changes (the watcher looks every 100 ms)";
    }

    static int ceil(int n, int per) {
        return (n + per - 1) / per;
    }

    static Supplier<Void> run(Runnable work) {
        return () -> {
            work.run();
            return null;
        };
    }

    @Override
    public void close() {
        started.forEach(Process::destroyForcibly);
    }
}
