package io.crmsync.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.FaultSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One crmsync node syncing both ways while one request in ten fails on each side: on HubSpot 429s
 * (the ten-secondly limit), 500s and dropped connections after a one-second hang; on Salesforce
 * 500s, 503s and the same timeouts. (The Salesforce sandbox answers its "429" with {@code
 * REQUEST_LIMIT_EXCEEDED}, the daily limit, which rightly suspends the sync until midnight, so it
 * is not part of this mix.) The sync converges, with no record twice on either side.
 */
class FaultsIT {

    private static final int PER_SIDE = 300;
    private static final int ROUNDS = 6;
    private static final int UPDATES = 40;

    @Test
    void tenPercentFaultsOnBothSidesConvergeWithoutDuplicates() {
        try (SyncRig rig = SyncRig.start("faults")) {
            Map<String, Map<String, String>> expected = new LinkedHashMap<>();
            Map<Integer, String> salesforceIds = new HashMap<>();
            Map<Integer, String> hubSpotIds = new HashMap<>();
            for (int i = 0; i < PER_SIDE; i++) {
                String sf = rig.email("sf", i);
                salesforceIds.put(i, rig.createSalesforceContact(sf, "Sf" + i));
                expected.put(sf, new HashMap<>(Map.of("LastName", "Sf" + i)));
                String hs = rig.email("hs", i);
                hubSpotIds.put(i, rig.createHubSpotContact(hs, "Hs" + i));
                expected.put(hs, new HashMap<>(Map.of("LastName", "Hs" + i)));
            }
            rig.faults()
                    .set(
                            "hubspot",
                            FaultPlan.ALL_ENDPOINTS,
                            new FaultSettings(0, 0, 0.03, 0.04, 0, 0.03, 1000, 0, 0, false));
            rig.faults()
                    .set(
                            "salesforce",
                            FaultPlan.ALL_ENDPOINTS,
                            new FaultSettings(0, 0, 0, 0.05, 0.02, 0.03, 1000, 0, 0, false));

            ConfigurableApplicationContext node = rig.startNode(Map.of());
            // Keep both sides changing for a while, and until calls to both have met faults
            // (they are rolled at random), so that the sync has had to recover on each side.
            CallCounter counter = node.getBean(CallCounter.class);
            for (int round = 0;
                    round < ROUNDS || (round < 40 && !faultsMetOnBothSides(counter));
                    round++) {
                SyncRig.sleep(1500);
                for (int j = 0; j < UPDATES; j++) {
                    int i = (round * UPDATES + j) % PER_SIDE;
                    String lastName = "Sf" + i + "-r" + round;
                    rig.salesforce().update(salesforceIds.get(i), Map.of("LastName", lastName));
                    expected.get(rig.email("sf", i)).put("LastName", lastName);
                    if (round * UPDATES + j < PER_SIDE) {
                        // A job title goes across only while it is blank in Salesforce.
                        String title = "Title " + i;
                        rig.hubSpot()
                                .update("contacts", hubSpotIds.get(i), Map.of("jobtitle", title));
                        expected.get(rig.email("hs", i)).put("Title", title);
                    }
                }
            }

            boolean converged =
                    SyncRig.await(
                            Duration.ofSeconds(150),
                            () ->
                                    rig.queued() == 0
                                            && Convergence.check(rig, expected).converged());
            Map<String, Long> calls = node.getBean(CallCounter.class).snapshot();
            Convergence result = Convergence.check(rig, expected);
            System.out.println("Faults: calls " + calls);
            System.out.println("Faults: " + result + ", errors " + rig.errors());

            assertThat(converged).as(result.toString()).isTrue();
            assertThat(result.duplicates()).as("duplicate records").isEmpty();
            assertThat(rig.links()).isEqualTo(2L * PER_SIDE);
            assertThat(faultsMetOnBothSides(node.getBean(CallCounter.class)))
                    .as("calls to both sides met faults")
                    .isTrue();
        }
    }

    private static boolean faultsMetOnBothSides(CallCounter counter) {
        var calls = counter.snapshot().keySet();
        return calls.stream().anyMatch(k -> k.startsWith("HUBSPOT") && !k.endsWith(" 200"))
                && calls.stream().anyMatch(k -> k.startsWith("SALESFORCE") && !k.endsWith(" 200"));
    }
}
