package io.crmsync.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * crmsync as a separate process, killed with SIGKILL ({@code destroyForcibly}) three times in the
 * middle of the initial sync of a few thousand contacts, while both sides keep changing; each time
 * it is started again on the same database and sandboxes. In the end both sides converge, with no
 * record twice on either side and every update made during the crashes on the other side.
 */
class CrashResumeIT {

    private static final int PER_SIDE = 1000;
    private static final int CRASHES = 3;
    private static final int UPDATES_PER_ROUND = 50;

    private final List<Process> started = new ArrayList<>();

    @Test
    void killedThreeTimesMidSyncItResumesWithoutDuplicatesOrLostUpdates() throws Exception {
        try (SyncRig rig = SyncRig.start("crash")) {
            Map<String, Map<String, String>> expected = new LinkedHashMap<>();
            Map<Integer, String> salesforceIds = new HashMap<>();
            Map<Integer, String> hubSpotIds = new HashMap<>();
            SyncRig.timed(
                    "Creating " + PER_SIDE + " contacts on each side",
                    () -> {
                        for (int i = 0; i < PER_SIDE; i++) {
                            String sf = rig.email("sf", i);
                            salesforceIds.put(i, rig.createSalesforceContact(sf, "Sf" + i));
                            expected.put(sf, new HashMap<>(Map.of("LastName", "Sf" + i)));
                            String hs = rig.email("hs", i);
                            hubSpotIds.put(i, rig.createHubSpotContact(hs, "Hs" + i));
                            expected.put(hs, new HashMap<>(Map.of("LastName", "Hs" + i)));
                        }
                        return null;
                    });
            try {
                for (int round = 1; round <= CRASHES; round++) {
                    Process node = start(rig, round);
                    // Progress is writes applied: once every record is linked (a fast node links
                    // all 2,000 within two rounds), only the changes made while it was down remain.
                    long before = rig.writesApplied();
                    boolean moved =
                            SyncRig.await(
                                    Duration.ofSeconds(120),
                                    () ->
                                            !node.isAlive()
                                                    || rig.writesApplied()
                                                            >= before + UPDATES_PER_ROUND);
                    assertThat(node.isAlive()).as("node %d still running", round).isTrue();
                    assertThat(moved).as("node %d made progress", round).isTrue();
                    SyncRig.sleep(ThreadLocalRandom.current().nextLong(100, 1500));
                    node.destroyForcibly().waitFor();
                    System.out.printf(
                            "Crash %d: killed with %d links, %d writes applied and %d queued%n",
                            round, rig.links(), rig.writesApplied(), rig.queued());
                    change(rig, round, salesforceIds, hubSpotIds, expected);
                }
                start(rig, CRASHES + 1);
                boolean converged =
                        SyncRig.await(
                                Duration.ofSeconds(180),
                                () ->
                                        rig.queued() == 0
                                                && Convergence.check(rig, expected).converged());
                Convergence result = Convergence.check(rig, expected);
                System.out.printf(
                        "After %d crashes: %s; %d links; %d repeated writes%n",
                        CRASHES, result, rig.links(), rig.repeatedWrites().size());

                if (!converged) {
                    diagnose(rig, result, hubSpotIds);
                }
                assertThat(converged).as(result.toString()).isTrue();
                assertThat(result.duplicates()).as("duplicate records").isEmpty();
                assertThat(rig.links()).isEqualTo(2L * PER_SIDE);
                assertThat(rig.errors()).isEmpty();
            } finally {
                started.forEach(Process::destroyForcibly);
            }
        }
    }

    /**
     * Updates on both sides while the node is down: Salesforce last names (the same records every
     * round, so the newest must win) and HubSpot job titles (blank in Salesforce, so they go
     * across; other records every round).
     */
    private static void change(
            SyncRig rig,
            int round,
            Map<Integer, String> salesforceIds,
            Map<Integer, String> hubSpotIds,
            Map<String, Map<String, String>> expected) {
        for (int i = 0; i < UPDATES_PER_ROUND; i++) {
            String lastName = "Sf" + i + "-r" + round;
            rig.salesforce().update(salesforceIds.get(i), Map.of("LastName", lastName));
            expected.get(rig.email("sf", i)).put("LastName", lastName);
            int h = round * UPDATES_PER_ROUND + i;
            String title = "Title " + h + "-r" + round;
            rig.hubSpot().update("contacts", hubSpotIds.get(h), Map.of("jobtitle", title));
            expected.get(rig.email("hs", h)).put("Title", title);
        }
    }

    /** Prints what both sides and the database hold for the first few stale records. */
    private static void diagnose(SyncRig rig, Convergence result, Map<Integer, String> hubSpotIds) {
        for (String stale : result.stale().subList(0, Math.min(3, result.stale().size()))) {
            String email = stale.substring(0, stale.indexOf(' '));
            System.out.println("STALE " + stale);
            System.out.println("  Salesforce " + rig.salesforceByEmail().get(email));
            System.out.println("  HubSpot " + rig.hubSpotByEmail().get(email));
            var link =
                    rig.db
                            .sql(
                                    "SELECT l.* FROM sync_link l WHERE l.hubspot_id IN (?) OR"
                                            + " l.salesforce_id IN (?)")
                            .params(
                                    rig.hubSpotByEmail().get(email).getFirst().id(),
                                    rig.salesforceByEmail().get(email).getFirst().id())
                            .query()
                            .listOfRows();
            System.out.println("  link " + link);
            for (var l : link) {
                System.out.println(
                        "  states "
                                + rig.db
                                        .sql("SELECT * FROM sync_field_state WHERE link_id = ?")
                                        .param(l.get("id"))
                                        .query()
                                        .listOfRows());
                System.out.println(
                        "  provenance "
                                + rig.db
                                        .sql("SELECT * FROM sync_provenance WHERE link_id = ?")
                                        .param(l.get("id"))
                                        .query()
                                        .listOfRows());
            }
        }
        System.out.println("  errors " + rig.errors());
    }

    private Process start(SyncRig rig, int n) throws IOException {
        Path log = Path.of("target", "resilience", "crash-node-" + n + ".log");
        Files.createDirectories(log.getParent());
        Process process =
                new ProcessBuilder(
                                rig.nodeCommand("512m", Map.of("crmsync.sync.lease", "10s"), true))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        started.add(process);
        return process;
    }
}
