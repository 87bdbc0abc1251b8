package io.crmsync.sync.resilience;

import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.FaultSettings;
import io.crmsync.sandbox.hubspot.RateLimits;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Throughput with 200 ms of latency on every call to either sandbox and HubSpot's real rate limits,
 * Salesforce to HubSpot, where HubSpot's limit of calls per ten seconds bounds the sync: each batch
 * write carries 100 contacts, so the bound is {@code limit / 10 * 100} records per second. Runs
 * once per limit of {@code -Dcrmsync.bench.throughput.limits}: by default the Professional limit of
 * 190 calls per 10 s, and a limit of 20, whose bound lies below what the machine's CPUs allow, to
 * see how much of a limit the sync uses. Prints the records per second, the bound and the share;
 * asserts only that the sync completed.
 */
class ContactThroughputBenchmark {

    private static final int N = Integer.getInteger("crmsync.bench.throughput.contacts", 10_000);
    private static final long LATENCY_MILLIS = 200;
    private static final String WORKERS = System.getProperty("crmsync.bench.workers", "4");
    private static final String LIMITS =
            System.getProperty("crmsync.bench.throughput.limits", "190,20");

    @Test
    void throughputAgainstTheRateLimitBound() throws Exception {
        try (BenchNodes nodes = new BenchNodes();
                SyncRig rig = SyncRig.start("bench_tp")) {
            rig.faults().set("salesforce", FaultPlan.ALL_ENDPOINTS, latency());
            rig.faults().set("hubspot", FaultPlan.ALL_ENDPOINTS, latency());
            int from = 0;
            for (String limit : LIMITS.split(",")) {
                int perTenSeconds = Integer.parseInt(limit.trim());
                // Below the Professional limit the bound falls within what the machine can do.
                int n = perTenSeconds >= 190 ? N : N / 2;
                run(nodes, rig, perTenSeconds, n, from);
                from += n;
            }
        }
    }

    private static void run(BenchNodes nodes, SyncRig rig, int perTenSeconds, int n, int from)
            throws Exception {
        RateLimits limits = new RateLimits(perTenSeconds, 1_000_000, 5);
        rig.hubSpot().setDefaultRateLimits(limits);
        rig.hubSpot().setTokenLimits(SyncRig.HUBSPOT_TOKEN, limits);
        BulkLoader load = new BulkLoader(rig);
        SyncRig.timed(
                "Loading " + n + " Salesforce contacts",
                BenchNodes.run(
                        () ->
                                load.salesforceContacts(
                                        n,
                                        i ->
                                                Map.of(
                                                        "FirstName",
                                                        "Tp",
                                                        "LastName",
                                                        "Tp" + (from + i),
                                                        "Email",
                                                        rig.email("tp", from + i)))));
        Path log = Path.of("target", "resilience", "bench-throughput-" + perTenSeconds + ".log");
        Process node =
                nodes.start(
                        rig,
                        log,
                        "5s",
                        Map.of(
                                "crmsync.hubspot.requests-per-ten-seconds",
                                String.valueOf(perTenSeconds),
                                "crmsync.hubspot.search-per-second",
                                "5",
                                "crmsync.sync.workers",
                                WORKERS));
        double seconds = BenchNodes.awaitLinks(rig, node, from, from + n);
        BenchNodes.stop(node);
        double rate = n / seconds;
        double bound = perTenSeconds / 10.0 * 100;
        System.out.printf(
                "BENCH throughput with %d ms latency, HubSpot limit %d calls/10 s: %d contacts in"
                        + " %.1f s = %.0f records/s; rate-limit bound %.0f records/s; %.0f %% of"
                        + " the bound; calls %s%n",
                LATENCY_MILLIS,
                perTenSeconds,
                n,
                seconds,
                rate,
                bound,
                100 * rate / bound,
                BenchNodes.report(log).get("calls"));
    }

    private static FaultSettings latency() {
        return new FaultSettings(LATENCY_MILLIS, 0, 0, 0, 0, 0, 30_000, 0, 0, false);
    }
}
