package io.crmsync.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.hubspot.WebhookSettings;
import java.net.ServerSocket;
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
 * The incremental lag, from a change made in one sandbox to its arrival in the other, with the
 * shipped safety lags (Salesforce 15 s, HubSpot 10 s) and HubSpot search's two-second indexing
 * delay: first in polling mode (every {@code -Dcrmsync.bench.poll}, 5 s by default) in both
 * directions, once for the first change after a quiet minute (when the streams have slowed down to
 * the idle interval) and then for a steady flow of changes, then with HubSpot's webhooks sent to
 * the node. Prints each change's lag, and p50 and p95 per direction and mode; asserts only that
 * every change arrived.
 */
class ContactLagBenchmark {

    private static final String POLL_INTERVAL = System.getProperty("crmsync.bench.poll", "5s");
    private static final String IDLE_INTERVAL = "30s";
    private static final Duration QUIET_SPELL = Duration.ofSeconds(60);
    private static final int CONTACTS = 100;
    private static final int POLLING_SAMPLES = 40;
    private static final int WEBHOOK_SAMPLES = 30;

    @Test
    void lagInPollingAndWebhookMode() throws Exception {
        try (BenchNodes nodes = new BenchNodes();
                SyncRig rig = SyncRig.start("bench_lag")) {
            for (int i = 0; i < CONTACTS; i++) {
                rig.createSalesforceContact(rig.email("lag", i), "Lag" + i);
            }
            int port = freePort();
            Process node =
                    nodes.start(
                            rig,
                            Path.of("target", "resilience", "bench-lag.log"),
                            POLL_INTERVAL,
                            Map.of(
                                    "server.port",
                                    String.valueOf(port),
                                    "crmsync.salesforce.safety-lag",
                                    "15s",
                                    "crmsync.hubspot.safety-lag",
                                    "10s",
                                    "crmsync.sync.idle-poll-interval",
                                    IDLE_INTERVAL));
            BenchNodes.awaitLinks(rig, node, CONTACTS);
            BenchNodes.awaitQuiet(rig, node, Duration.ofSeconds(20));
            rig.hubSpot().setSearchVisibilityDelay(Duration.ofSeconds(2));
            List<Map<String, Object>> pairs =
                    rig.db
                            .sql("SELECT hubspot_id, salesforce_id FROM sync_link ORDER BY id")
                            .query()
                            .listOfRows();

            // Quiet streams poll less often, down to the idle interval: the first change after a
            // quiet spell waits for that slower poll.
            SyncRig.sleep(QUIET_SPELL.toMillis());
            List<Long> wakeToHubSpot = Collections.synchronizedList(new ArrayList<>());
            List<Long> wakeToSalesforce = Collections.synchronizedList(new ArrayList<>());
            measure(rig, pairs.subList(0, 2), true, wakeToHubSpot, wakeToSalesforce);
            System.out.printf(
                    "BENCH lag polling, first change after %d s of quiet (idle poll interval %s):"
                            + " Salesforce -> HubSpot %s ms, HubSpot -> Salesforce %s ms%n",
                    QUIET_SPELL.toSeconds(), IDLE_INTERVAL, wakeToHubSpot, wakeToSalesforce);

            List<Long> toHubSpot = Collections.synchronizedList(new ArrayList<>());
            List<Long> toSalesforce = Collections.synchronizedList(new ArrayList<>());
            measure(rig, pairs.subList(2, 2 + POLLING_SAMPLES), true, toHubSpot, toSalesforce);
            System.out.printf(
                    "BENCH lag polling Salesforce -> HubSpot (poll interval %s): %s%n",
                    POLL_INTERVAL, BenchNodes.percentiles(toHubSpot));
            System.out.printf(
                    "BENCH lag polling HubSpot -> Salesforce (poll interval %s): %s%n",
                    POLL_INTERVAL, BenchNodes.percentiles(toSalesforce));
            assertThat(toHubSpot.size() + toSalesforce.size()).isEqualTo(POLLING_SAMPLES);

            rig.hubSpot()
                    .setWebhookSettings(
                            new WebhookSettings(
                                    "http://localhost:" + port + "/webhooks/hubspot",
                                    List.of(
                                            new WebhookSettings.Subscription(
                                                    1, "contact.propertyChange", null, true)),
                                    10,
                                    Duration.ofSeconds(1)));
            List<Long> byWebhook = Collections.synchronizedList(new ArrayList<>());
            measure(
                    rig,
                    pairs.subList(2 + POLLING_SAMPLES, 2 + POLLING_SAMPLES + WEBHOOK_SAMPLES),
                    false,
                    new ArrayList<>(),
                    byWebhook);
            System.out.printf(
                    "BENCH lag webhook HubSpot -> Salesforce: %s%n",
                    BenchNodes.percentiles(byWebhook));
            assertThat(byWebhook).hasSize(WEBHOOK_SAMPLES);
            BenchNodes.stop(node);
        }
    }

    /**
     * Changes one linked contact at a time, 1.3 s apart, and waits in the background for each to
     * show on the other side: Salesforce last names go to HubSpot, HubSpot job titles (blank in
     * Salesforce) go to Salesforce; with {@code alternate} off, only HubSpot changes.
     */
    private static void measure(
            SyncRig rig,
            List<Map<String, Object>> pairs,
            boolean alternate,
            List<Long> toHubSpot,
            List<Long> toSalesforce) {
        List<Thread> watchers = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            String hubSpotId = pairs.get(i).get("hubspot_id").toString();
            String salesforceId = pairs.get(i).get("salesforce_id").toString();
            String value = "Changed" + System.nanoTime();
            long begin = System.nanoTime();
            long wallClock = System.currentTimeMillis();
            Supplier<Boolean> arrived;
            List<Long> into;
            if (alternate && i % 2 == 0) {
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
                                        long millis =
                                                BenchNodes.millisUntil(
                                                        begin, Duration.ofSeconds(120), arrived);
                                        if (millis >= 0) {
                                            into.add(millis);
                                        }
                                        System.out.printf(
                                                "BENCH lag sample %s %s at %s: %d ms%n",
                                                into == toHubSpot ? "to HubSpot" : "to Salesforce",
                                                into == toHubSpot ? salesforceId : hubSpotId,
                                                java.time.Instant.ofEpochMilli(wallClock),
                                                millis);
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
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
