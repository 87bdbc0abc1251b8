package io.crmsync.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.FaultSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two crmsync nodes on one MariaDB, both polling and syncing, against the same standalone
 * sandboxes: every contact created on either side, before and while they run, ends up once on each
 * side, no field value is written twice (the provenance holds one row per link, field, side and
 * value), and each node synced some of the batches.
 */
class TwoNodesIT {

    private static final int BEFORE = 150;
    private static final int WHILE_RUNNING = 100;

    @Test
    void twoNodesApplyEveryChangeExactlyOnce() {
        try (SyncRig rig = SyncRig.start("two_nodes")) {
            Map<String, Map<String, String>> expected = new LinkedHashMap<>();
            create(rig, expected, 0, BEFORE);

            // One worker each, and 100 ms on every call: with four workers, or with batches that
            // take a few milliseconds, the node that starts first can take every batch between two
            // looks of the other at the queue, and the test would not show that both share the
            // work.
            FaultSettings slow = new FaultSettings(100, 0, 0, 0, 0, 0, 30_000, 0, 0, false);
            rig.faults().set("salesforce", FaultPlan.ALL_ENDPOINTS, slow);
            rig.faults().set("hubspot", FaultPlan.ALL_ENDPOINTS, slow);
            ConfigurableApplicationContext a = rig.startNode(Map.of("crmsync.sync.workers", "1"));
            ConfigurableApplicationContext b = rig.startNode(Map.of("crmsync.sync.workers", "1"));
            create(rig, expected, BEFORE, BEFORE + WHILE_RUNNING);

            boolean converged =
                    SyncRig.await(
                            Duration.ofSeconds(90),
                            () ->
                                    Convergence.check(rig, expected).converged()
                                            && rig.queued() == 0);
            Convergence result = Convergence.check(rig, expected);
            Map<String, Long> callsA = a.getBean(CallCounter.class).snapshot();
            Map<String, Long> callsB = b.getBean(CallCounter.class).snapshot();
            System.out.println("Two nodes: node A calls " + callsA);
            System.out.println("Two nodes: node B calls " + callsB);
            double batchesA = batches(a);
            double batchesB = batches(b);
            System.out.println("Two nodes: batches synced by A " + batchesA + ", by B " + batchesB);

            assertThat(converged).as(result.toString()).isTrue();
            assertThat(result.duplicates()).isEmpty();
            assertThat(rig.links()).isEqualTo(expected.size());
            assertThat(rig.repeatedWrites())
                    .as("writes applied more than once; " + rig.firstRepeatedHistory())
                    .isEmpty();
            assertThat(rig.errors()).isEmpty();
            assertThat(batchesA).as("batches node A synced").isPositive();
            assertThat(batchesB).as("batches node B synced").isPositive();
        }
    }

    /** What the node's workers count, as its metrics endpoint shows them. */
    private static double batches(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).get("crmsync.sync.batches").counter().count();
    }

    /** Creates contacts {@code from} to {@code to} on each side. */
    private static void create(
            SyncRig rig, Map<String, Map<String, String>> expected, int from, int to) {
        for (int i = from; i < to; i++) {
            String sf = rig.email("sf", i);
            rig.createSalesforceContact(sf, "Sf" + i);
            expected.put(sf, Map.of("LastName", "Sf" + i, "FirstName", "Sf"));
            String hs = rig.email("hs", i);
            rig.createHubSpotContact(hs, "Hs" + i);
            expected.put(hs, Map.of("LastName", "Hs" + i, "FirstName", "Hs"));
        }
    }
}
