package io.crmsync.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sync.resilience.CallRatio.Part;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The initial sync of N contacts (100,000 unless {@code -Dcrmsync.bench.contacts} says otherwise)
 * in each direction ({@code -Dcrmsync.bench.directions=sf,hs} by default), by crmsync running as
 * its own process with {@code -Xmx512m} against standalone sandboxes with latency and faults off
 * and unlimited HubSpot rate limits. Prints records per second, the node's peak heap, and every API
 * call it made against the minimum the backfill needs, by operation ({@link CallRatio}). Run one
 * direction at a time to count its calls alone. Asserts only that the sync completed.
 */
class ContactSyncBenchmark {

    private static final int N = Integer.getInteger("crmsync.bench.contacts", 100_000);
    private static final String DIRECTIONS =
            System.getProperty("crmsync.bench.directions", "sf,hs");
    private static final String POLL_INTERVAL = "5s";
    private static final Map<String, String> CALLS_AS_THEY_GO =
            Map.of("crmsync.bench.calls-every", "2s");

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
            Process node = nodes.start(rig, log, POLL_INTERVAL, CALLS_AS_THEY_GO);
            double seconds = BenchNodes.awaitLinks(rig, node, N);
            long synced = System.currentTimeMillis();
            BenchNodes.awaitQuiet(rig, node, Duration.ofSeconds(12));
            BenchNodes.stop(node);
            assertThat(rig.hubSpot().records("contacts", 0, 0, rig.domain).total()).isEqualTo(N);
            report("Salesforce -> HubSpot", seconds, log);
            CallRatio.print(
                    "Salesforce -> HubSpot",
                    List.of(
                            new Part(
                                    List.of(
                                            "SALESFORCE queryAll Contact",
                                            "SALESFORCE queryAll-more Contact"),
                                    BenchNodes.ceil(N, 2000),
                                    "Salesforce query pages of 2,000"),
                            new Part(
                                    List.of(
                                            "HUBSPOT batch-upsert contacts",
                                            "HUBSPOT batch-create contacts"),
                                    BenchNodes.ceil(N, 100),
                                    "HubSpot batch writes of 100")),
                    List.of(),
                    CallTally.printedBy(log, synced),
                    CallTally.atStop(log));
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
            Process node = nodes.start(rig, log, POLL_INTERVAL, CALLS_AS_THEY_GO);
            double seconds = BenchNodes.awaitLinks(rig, node, N);
            long synced = System.currentTimeMillis();
            assertThat(rig.salesforce().count("Contact")).isEqualTo(N);
            BenchNodes.awaitQuiet(rig, node, Duration.ofSeconds(12));
            BenchNodes.stop(node);
            report("HubSpot -> Salesforce", seconds, log);
            CallRatio.print(
                    "HubSpot -> Salesforce",
                    List.of(
                            new Part(
                                    List.of("HUBSPOT search contacts"),
                                    BenchNodes.ceil(N, 200),
                                    "HubSpot search pages of 200"),
                            new Part(
                                    List.of(
                                            "SALESFORCE collection-upsert Contact",
                                            "SALESFORCE collection-create Contact"),
                                    BenchNodes.ceil(N, 200),
                                    "Salesforce collection writes of 200")),
                    List.of(
                            new Part(
                                    List.of("SALESFORCE composite-query Lead,Contact"),
                                    BenchNodes.ceil(N, 200),
                                    "Salesforce composite calls matching 200 emails to a lead or"
                                            + " contact"),
                            new Part(
                                    List.of("HUBSPOT batch-update contacts"),
                                    BenchNodes.ceil(N, 100),
                                    "HubSpot batch updates of 100 writing back the owner"
                                            + " Salesforce assigned (Prefer Salesforce unless"
                                            + " blank; the contacts have no owner)")),
                    CallTally.printedBy(log, synced),
                    CallTally.atStop(log));
        }
    }

    private static void report(String direction, double seconds, Path log) throws IOException {
        Map<String, String> node = BenchNodes.report(log);
        System.out.printf(
                "BENCH %s: %d contacts in %.1f s from the first link to the last = %.0f records/s;"
                        + " peak heap %s MB (-Xmx512m)%n",
                direction, N, seconds, N / seconds, node.get("heap"));
    }
}
