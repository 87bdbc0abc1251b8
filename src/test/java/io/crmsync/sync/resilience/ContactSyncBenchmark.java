package io.crmsync.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The initial sync of N contacts (100,000 unless {@code -Dcrmsync.bench.contacts} says otherwise)
 * in each direction, by crmsync running as its own process with {@code -Xmx512m} against standalone
 * sandboxes with latency and faults off and unlimited HubSpot rate limits; then the incremental lag
 * of single changes in polling mode. Prints records per second, the API calls the node made by
 * operation, its peak heap, and lag p50/p95. Asserts only that the sync completed.
 */
class ContactSyncBenchmark {

    private static final int N = Integer.getInteger("crmsync.bench.contacts", 100_000);
    private static final String POLL_INTERVAL = System.getProperty("crmsync.bench.poll", "5s");
    private static final int LAG_SAMPLES = 20;

    private final List<Process> started = new ArrayList<>();

    @Test
    void initialSyncBothWaysAndPollingLag() throws Exception {
        try {
            salesforceToHubSpot();
            hubSpotToSalesforceAndLag();
        } finally {
            started.forEach(Process::destroyForcibly);
        }
    }

    private void salesforceToHubSpot() throws Exception {
        try (SyncRig rig = SyncRig.start("bench_sf")) {
            BulkLoader load = new BulkLoader(rig);
            SyncRig.timed(
                    "Loading " + N + " Salesforce contacts",
                    run(
                            () ->
                                    load.salesforceContacts(
                                            N,
                                            i ->
                                                    Map.of(
                                                            "FirstName",
                                                            "Sf",
                                                            "LastName",
                                                            "Sf" + i,
                                                            "Email",
                                                            rig.email("sf", i)))));
            Path log = Path.of("target", "resilience", "bench-sf-to-hs.log");
            Process node = start(rig, log);
            double seconds = awaitLinks(rig, node, N);
            stop(node);
            assertThat(rig.hubSpot().records("contacts", 0, 0, rig.domain).total()).isEqualTo(N);
            report("Salesforce -> HubSpot", seconds, log);
            System.out.printf(
                    "BENCH Salesforce -> HubSpot: minimum calls %d (%d query pages + %d HubSpot"
                            + " batch writes)%n",
                    ceil(N, 2000) + ceil(N, 100), ceil(N, 2000), ceil(N, 100));
        }
    }

    private void hubSpotToSalesforceAndLag() throws Exception {
        try (SyncRig rig = SyncRig.start("bench_hs")) {
            BulkLoader load = new BulkLoader(rig);
            SyncRig.timed(
                    "Loading " + N + " HubSpot contacts",
                    run(
                            () ->
                                    load.hubSpotContacts(
                                            N,
                                            i ->
                                                    Map.of(
                                                            "firstname",
                                                            "Hs",
                                                            "lastname",
                                                            "Hs" + i,
                                                            "email",
                                                            rig.email("hs", i)))));
            Path log = Path.of("target", "resilience", "bench-hs-to-sf.log");
            Process node = start(rig, log);
            double seconds = awaitLinks(rig, node, N);
            assertThat(rig.salesforce().count("Contact")).isEqualTo(N);
            lag(rig);
            stop(node);
            report("HubSpot -> Salesforce", seconds, log);
            System.out.printf(
                    "BENCH HubSpot -> Salesforce: minimum calls %d (%d search pages + %d"
                            + " Salesforce collection writes + %d email-matching queries, lead"
                            + " and contact)%n",
                    ceil(N, 200) * 4, ceil(N, 200), ceil(N, 200), 2 * ceil(N, 200));
        }
    }

    /**
     * Changes one linked contact at a time, alternating sides, and measures how long until the
     * other side shows it: Salesforce last names go to HubSpot, HubSpot job titles (blank in
     * Salesforce) go to Salesforce.
     */
    private static void lag(SyncRig rig) {
        List<Map<String, Object>> pairs =
                rig.db
                        .sql("SELECT hubspot_id, salesforce_id FROM sync_link ORDER BY id LIMIT ?")
                        .param(LAG_SAMPLES)
                        .query()
                        .listOfRows();
        List<Long> toHubSpot = Collections.synchronizedList(new ArrayList<>());
        List<Long> toSalesforce = Collections.synchronizedList(new ArrayList<>());
        List<Thread> watchers = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            String hubSpotId = pairs.get(i).get("hubspot_id").toString();
            String salesforceId = pairs.get(i).get("salesforce_id").toString();
            String value = "Lag" + i;
            long begin = System.nanoTime();
            Supplier<Boolean> arrived;
            List<Long> into;
            if (i % 2 == 0) {
                rig.salesforce().update(salesforceId, Map.of("LastName", value));
                arrived =
                        () ->
                                value.equals(
                                        rig.hubSpot()
                                                .record("contacts", hubSpotId)
                                                .properties()
                                                .get("lastname"));
                into = toHubSpot;
            } else {
                rig.hubSpot().update("contacts", hubSpotId, Map.of("jobtitle", value));
                arrived =
                        () ->
                                Objects.equals(
                                        value,
                                        rig.salesforce()
                                                .get(salesforceId)
                                                .orElseThrow()
                                                .values()
                                                .get("Title"));
                into = toSalesforce;
            }
            watchers.add(
                    Thread.ofVirtual()
                            .start(
                                    () -> {
                                        if (SyncRig.await(Duration.ofSeconds(120), arrived::get)) {
                                            into.add((System.nanoTime() - begin) / 1_000_000);
                                        }
                                    }));
            SyncRig.sleep(1300);
        }
        for (Thread watcher : watchers) {
            try {
                watcher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        System.out.printf(
                "BENCH lag Salesforce -> HubSpot (poll interval %s): %s%n",
                POLL_INTERVAL, percentiles(toHubSpot));
        System.out.printf(
                "BENCH lag HubSpot -> Salesforce (poll interval %s): %s%n",
                POLL_INTERVAL, percentiles(toSalesforce));
        assertThat(toHubSpot.size() + toSalesforce.size()).isEqualTo(pairs.size());
    }

    private static String percentiles(List<Long> millis) {
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
                + " changes (the watcher looks every 500 ms)";
    }

    /**
     * Waits for {@code n} links and an empty queue; returns the seconds from the first link to the
     * last, the sync proper without the node's start-up.
     */
    private static double awaitLinks(SyncRig rig, Process node, long n) {
        long[] first = {0};
        boolean done =
                SyncRig.await(
                        Duration.ofMinutes(30),
                        () -> {
                            long links = rig.links();
                            if (links > 0 && first[0] == 0) {
                                first[0] = System.nanoTime();
                            }
                            return !node.isAlive() || (links >= n && rig.queued() == 0);
                        });
        long end = System.nanoTime();
        assertThat(node.isAlive()).as("node alive").isTrue();
        assertThat(done).isTrue();
        assertThat(rig.links()).isEqualTo(n);
        // Let the node read its own writes back (the echo) before its calls are counted: wait
        // until no cursor has moved and the queue has stayed empty for two poll intervals.
        long quiet = Duration.parse("PT" + POLL_INTERVAL.toUpperCase()).toMillis() * 2 + 2000;
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
            } else if (System.nanoTime() - unchangedSince >= quiet * 1_000_000) {
                break;
            }
            SyncRig.sleep(1000);
        }
        System.out.printf(
                "BENCH quiet (echo read back) %.1f s after the last link%n",
                (System.nanoTime() - end) / 1e9);
        return (end - first[0]) / 1e9;
    }

    private static void report(String direction, double seconds, Path log) throws IOException {
        String calls = "";
        String heap = "";
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("NODE-CALLS ")) {
                calls = line.substring("NODE-CALLS ".length());
            } else if (line.startsWith("NODE-PEAK-HEAP-MB ")) {
                heap = line.substring("NODE-PEAK-HEAP-MB ".length());
            }
        }
        System.out.printf(
                "BENCH %s: %d contacts in %.1f s from the first link to the last = %.0f records/s;"
                        + " peak heap %s MB (-Xmx512m); calls %s%n",
                direction, N, seconds, N / seconds, heap, calls);
    }

    private Process start(SyncRig rig, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        Process process =
                new ProcessBuilder(
                                rig.nodeCommand(
                                        "512m",
                                        Map.of(
                                                "crmsync.sync.poll-interval",
                                                POLL_INTERVAL,
                                                "crmsync.sync.lease",
                                                "2m")))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        started.add(process);
        return process;
    }

    private static void stop(Process node) throws InterruptedException {
        node.destroy();
        node.waitFor();
    }

    private static int ceil(int n, int per) {
        return (n + per - 1) / per;
    }

    private static Supplier<Void> run(Runnable work) {
        return () -> {
            work.run();
            return null;
        };
    }
}
