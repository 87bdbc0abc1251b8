package io.crmsync.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.FaultSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The crash and fault harness (issue #14): a two-way sync of {@code crmsync.chaos.contacts}
 * contacts, during which the node's JVM and its MariaDB are killed with SIGKILL {@code
 * crmsync.chaos.kills} times at random moments and started again on the same data, while people
 * edit both CRMs through their REST APIs and about one call in ten to either sandbox fails
 * (including writes applied whose answer is lost). After the last restart the faults stop; the
 * harness waits for convergence and prints, then asserts, no duplicates, no lost updates, no erased
 * values and convergence.
 *
 * <p>{@code ./mvnw -Pchaos verify -Dcrmsync.chaos.contacts=50000 -Dcrmsync.chaos.kills=20}
 */
class CrashFaultHarness {

    @Test
    void survivesKillsAndFaultsWithoutDuplicatesLostUpdatesOrErasedValues() throws Exception {
        ChaosSettings settings = ChaosSettings.fromSystemProperties();
        System.out.println("CHAOS settings " + settings);
        Random random = new Random(settings.seed());
        try (ChaosDatabase database = new ChaosDatabase(ChaosNode.LOGS.resolve("mariadb"))) {
            database.start();
            try (SyncRig rig = SyncRig.start("chaos", database);
                    ChaosNode node = new ChaosNode(rig, database)) {
                ChaosPeople people = new ChaosPeople(rig.domain);
                node.start();
                jobTitleTwoWay(rig);
                load(rig, people, settings.contacts());
                faults(rig, settings.faultRate());
                CrmUser user = new CrmUser(rig);
                ExecutorService runner = Executors.newSingleThreadExecutor();
                Instant lastRestart;
                try (ChaosWorkload workload =
                        new ChaosWorkload(rig, people, user, settings, settings.contacts() + 1)) {
                    CompletableFuture<Void> rounds = CompletableFuture.completedFuture(null);
                    for (int kill = 1; kill <= settings.kills(); kill++) {
                        int round = kill;
                        rounds =
                                rounds.thenRunAsync(
                                        () -> {
                                            try {
                                                workload.round(round);
                                            } catch (Exception e) {
                                                throw new IllegalStateException(e);
                                            }
                                        },
                                        runner);
                        awaitProgress(rig, node, kill);
                        SyncRig.sleep(random.nextLong(200, settings.maxKillDelay().toMillis() + 1));
                        String before = state(rig);
                        Duration recovery = node.killAndRestart();
                        System.out.printf(
                                "CHAOS kill %d of %d: %s; MariaDB back in %d ms%n",
                                kill, settings.kills(), before, recovery.toMillis());
                    }
                    lastRestart = Instant.now();
                    rounds.get();
                    runner.shutdown();
                    System.out.println("CHAOS workload done: " + workload.counts());
                }
                rig.faults().clear("salesforce");
                rig.faults().clear("hubspot");
                Instant faultsOff = Instant.now();
                System.out.printf(
                        "CHAOS faults off %d s after the last restart%n",
                        Duration.between(lastRestart, faultsOff).toSeconds());
                Verdict verdict = awaitConvergence(rig, people, settings, lastRestart);
                report(rig, node, settings, verdict);
            }
        }
    }

    /** The default mapping of job title, made Two-way as an admin would on the Mappings page. */
    private static void jobTitleTwoWay(SyncRig rig) {
        rig.db
                .sql(
                        "UPDATE field_mapping SET sync_rule = 'TWO_WAY' WHERE"
                                + " hubspot_property = 'jobtitle' AND sync_object = 'CONTACT'")
                .update();
        rig.db
                .sql(
                        "INSERT INTO sync_settings_version (version, kind, snapshot, changed_by,"
                                + " changed_at) SELECT MAX(version) + 1,"
                                + " 'CONTACT_MAPPING_CHANGED', NULL, 'chaos harness', NOW(6)"
                                + " FROM sync_settings_version")
                .update();
        // The node looks at the settings' version every 5 s.
        SyncRig.sleep(6000);
    }

    /** Half the contacts into each CRM through their batch APIs, before the faults begin. */
    private static void load(SyncRig rig, ChaosPeople people, int contacts) {
        BulkLoader loader = new BulkLoader(rig);
        int half = contacts / 2;
        SyncRig.timed(
                "CHAOS loading " + contacts + " contacts",
                () -> {
                    loader.salesforceContacts(
                            half, i -> new HashMap<String, Object>(people.add(i, "Title " + i)));
                    loader.hubSpotContacts(
                            contacts - half,
                            i ->
                                    new HashMap<String, Object>(
                                            ChaosPeople.toHubSpot(
                                                    people.add(half + i, "Title " + (half + i)))));
                    return null;
                });
    }

    /**
     * About {@code rate} of the calls to each sandbox fail: on HubSpot 429s, 500s, timeouts and
     * resets; on Salesforce 500s, 503s, timeouts and resets (its 429 is the daily limit, which
     * rightly stops the sync until midnight). A further share of writes is applied and committed
     * with its answer lost.
     */
    private static void faults(SyncRig rig, double rate) {
        rig.faults()
                .set(
                        "hubspot",
                        FaultPlan.ALL_ENDPOINTS,
                        new FaultSettings(
                                0,
                                0,
                                rate * 0.2,
                                rate * 0.2,
                                0,
                                rate * 0.15,
                                1000,
                                0,
                                rate * 0.15,
                                false,
                                rate * 0.3));
        rig.faults()
                .set(
                        "salesforce",
                        FaultPlan.ALL_ENDPOINTS,
                        new FaultSettings(
                                0,
                                0,
                                0,
                                rate * 0.25,
                                rate * 0.15,
                                rate * 0.15,
                                1000,
                                0,
                                rate * 0.15,
                                false,
                                rate * 0.3));
    }

    /** Waits until the node has applied writes since its start, so that a kill is mid-sync. */
    private static void awaitProgress(SyncRig rig, ChaosNode node, int kill) {
        long before = rig.writesApplied();
        boolean moved =
                SyncRig.await(
                        Duration.ofMinutes(5), () -> !node.alive() || rig.writesApplied() > before);
        assertThat(node.alive()).as("node alive before kill %d; see %s", kill, node.log()).isTrue();
        assertThat(moved).as("node made progress before kill %d", kill).isTrue();
    }

    private static String state(SyncRig rig) {
        return String.format(
                "%d links, %d writes applied, %d queued",
                rig.links(), rig.writesApplied(), rig.queued());
    }

    record Verdict(ChaosVerdict figures, boolean converged, Duration sinceRestart) {}

    /**
     * Checks every 5 s until converged or nothing has changed for a quiet spell (queue empty and
     * the same figures for 90 s), or the timeout.
     */
    private static Verdict awaitConvergence(
            SyncRig rig, ChaosPeople people, ChaosSettings settings, Instant lastRestart) {
        long end = System.nanoTime() + settings.convergeTimeout().toNanos();
        String last = "";
        long sameSince = System.nanoTime();
        ChaosVerdict verdict = null;
        while (System.nanoTime() < end) {
            try {
                verdict = ChaosVerdict.check(rig, people);
            } catch (RuntimeException e) {
                SyncRig.sleep(1000);
                continue;
            }
            if (verdict.converged()) {
                return new Verdict(verdict, true, Duration.between(lastRestart, Instant.now()));
            }
            if (!verdict.figures().equals(last) || verdict.queued() > 0) {
                last = verdict.figures();
                sameSince = System.nanoTime();
            } else if (System.nanoTime() - sameSince > Duration.ofSeconds(90).toNanos()) {
                break;
            }
            System.out.printf(
                    "CHAOS waiting, %d s after the last restart: %s%n",
                    Duration.between(lastRestart, Instant.now()).toSeconds(), verdict.summary());
            SyncRig.sleep(5000);
        }
        verdict = ChaosVerdict.check(rig, people);
        return new Verdict(
                verdict, verdict.converged(), Duration.between(lastRestart, Instant.now()));
    }

    private static void report(SyncRig rig, ChaosNode node, ChaosSettings settings, Verdict v) {
        ChaosVerdict f = v.figures();
        System.out.println("CHAOS ===== crash and fault harness =====");
        System.out.printf(
                "CHAOS %d contacts, %d kills of node and MariaDB, fault rate %.0f %%, seed %d%n",
                settings.contacts(), settings.kills(), settings.faultRate() * 100, settings.seed());
        System.out.println("CHAOS " + f.summary());
        System.out.printf(
                "CHAOS duplicates %d, lost updates %d, erased values %d, converged %s, %s%n",
                f.duplicates().size(),
                f.lostUpdates().size(),
                f.erased().size(),
                v.converged() ? "yes" : "no",
                v.converged()
                        ? "time to converge after the last restart "
                                + v.sinceRestart().toSeconds()
                                + " s"
                        : "not converged "
                                + v.sinceRestart().toSeconds()
                                + " s after the last restart");
        System.out.printf(
                "CHAOS %d links, %d sync errors, last node log %s%n",
                rig.links(), rig.errors().size(), node.log().toAbsolutePath());
        System.out.print(f.examples());
        try {
            ChaosDiagnosis.print(rig, f);
        } catch (RuntimeException e) {
            System.out.println("CHAOS-DIAGNOSIS failed: " + e);
        }
        assertThat(f.duplicates()).as("duplicates").isEmpty();
        assertThat(f.lostUpdates()).as("lost updates").isEmpty();
        assertThat(f.erased()).as("erased values").isEmpty();
        assertThat(v.converged()).as("converged: " + f.summary()).isTrue();
    }
}
