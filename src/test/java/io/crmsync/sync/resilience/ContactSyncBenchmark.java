package io.crmsync.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The initial sync of N contacts (100,000 unless {@code -Dcrmsync.bench.contacts} says otherwise)
 * in each direction ({@code -Dcrmsync.bench.directions=sf,hs} by default), by crmsync running as
 * its own process with {@code -Xmx512m} against standalone sandboxes with latency and faults off
 * and unlimited HubSpot rate limits. Prints records per second, the API calls the node made by
 * operation and its peak heap. Asserts only that the sync completed.
 */
class ContactSyncBenchmark {

    private static final int N = Integer.getInteger("crmsync.bench.contacts", 100_000);
    private static final String DIRECTIONS =
            System.getProperty("crmsync.bench.directions", "sf,hs");
    private static final String POLL_INTERVAL = "5s";

    @Test
    void initialSyncBothWays() throws Exception {
        try (BenchNodes nodes = new BenchNodes()) {
            if (DIRECTIONS.contains("sf")) {
                salesforceToHubSpot(nodes);
            }
            if (DIRECTIONS.contains("hs")) {
                hubSpotToSalesforce(nodes);
            }
        }
    }

    private void salesforceToHubSpot(BenchNodes nodes) throws Exception {
        try (SyncRig rig = SyncRig.start("bench_sf")) {
            BulkLoader load = new BulkLoader(rig);
            SyncRig.timed(
                    "Loading " + N + " Salesforce contacts",
                    BenchNodes.run(
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
            Process node = nodes.start(rig, log, POLL_INTERVAL, Map.of());
            double seconds = BenchNodes.awaitLinks(rig, node, N);
            BenchNodes.awaitQuiet(rig, node, Duration.ofSeconds(12));
            BenchNodes.stop(node);
            assertThat(rig.hubSpot().records("contacts", 0, 0, rig.domain).total()).isEqualTo(N);
            report("Salesforce -> HubSpot", seconds, log);
            System.out.printf(
                    "BENCH Salesforce -> HubSpot: minimum calls %d (%d query pages + %d HubSpot"
                            + " batch writes)%n",
                    BenchNodes.ceil(N, 2000) + BenchNodes.ceil(N, 100),
                    BenchNodes.ceil(N, 2000),
                    BenchNodes.ceil(N, 100));
        }
    }

    private void hubSpotToSalesforce(BenchNodes nodes) throws Exception {
        try (SyncRig rig = SyncRig.start("bench_hs")) {
            BulkLoader load = new BulkLoader(rig);
            SyncRig.timed(
                    "Loading " + N + " HubSpot contacts",
                    BenchNodes.run(
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
            Process node = nodes.start(rig, log, POLL_INTERVAL, Map.of());
            double seconds = BenchNodes.awaitLinks(rig, node, N);
            assertThat(rig.salesforce().count("Contact")).isEqualTo(N);
            BenchNodes.awaitQuiet(rig, node, Duration.ofSeconds(12));
            BenchNodes.stop(node);
            report("HubSpot -> Salesforce", seconds, log);
            System.out.printf(
                    "BENCH HubSpot -> Salesforce: minimum calls %d (%d search pages + %d"
                            + " Salesforce collection writes + %d email-matching queries, lead"
                            + " and contact)%n",
                    BenchNodes.ceil(N, 200) * 4,
                    BenchNodes.ceil(N, 200),
                    BenchNodes.ceil(N, 200),
                    2 * BenchNodes.ceil(N, 200));
        }
    }

    private static void report(String direction, double seconds, Path log) throws IOException {
        Map<String, String> node = BenchNodes.report(log);
        System.out.printf(
                "BENCH %s: %d contacts in %.1f s from the first link to the last = %.0f records/s;"
                        + " peak heap %s MB (-Xmx512m); calls %s%n",
                direction, N, seconds, N / seconds, node.get("heap"), node.get("calls"));
    }
}
