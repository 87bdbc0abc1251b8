package io.crmsync.sync.resilience;

import io.crmsync.sandbox.hubspot.WebhookSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * One rig of the lag benchmark: its own sandboxes, database and node with the shipped poll
 * settings, and a series of single changes at random gaps in a random direction, each timed until
 * the other sandbox shows it. With {@code webhooks} on, the HubSpot sandbox sends its contact
 * changes to the node.
 */
final class LagRun implements AutoCloseable {

    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    final String mode;
    final List<Long> toHubSpot = Collections.synchronizedList(new ArrayList<>());
    final List<Long> toSalesforce = Collections.synchronizedList(new ArrayList<>());
    final List<String> missing = Collections.synchronizedList(new ArrayList<>());
    private final boolean webhooks;
    private final SyncRig rig;
    private final Path log;
    private final int port;
    private Process node;
    private List<Map<String, Object>> pairs;

    LagRun(String mode, boolean webhooks) throws IOException {
        this.mode = mode;
        this.webhooks = webhooks;
        this.rig = SyncRig.start("bench_lag_" + mode);
        this.log = Path.of("target", "resilience", "bench-lag-" + mode + ".log");
        this.port = freePort();
    }

    /** Creates {@code contacts} linked contacts and lets the node settle on them. */
    void prepare(BenchNodes nodes, int contacts) throws IOException {
        for (int i = 0; i < contacts; i++) {
            rig.createSalesforceContact(rig.email("lag", i), "Lag" + i);
        }
        node =
                nodes.start(
                        rig,
                        log,
                        "5s",
                        Map.of(
                                "server.port",
                                String.valueOf(port),
                                "crmsync.salesforce.safety-lag",
                                "15s",
                                "crmsync.hubspot.safety-lag",
                                "10s",
                                "crmsync.sync.idle-poll-interval",
                                "30s"));
        BenchNodes.awaitLinks(rig, node, contacts);
        BenchNodes.awaitQuiet(rig, node, Duration.ofSeconds(20));
        // HubSpot's search shows a change about two seconds after it was made.
        rig.hubSpot().setSearchVisibilityDelay(Duration.ofSeconds(2));
        if (webhooks) {
            rig.hubSpot()
                    .setWebhookSettings(
                            new WebhookSettings(
                                    "http://localhost:" + port + "/webhooks/hubspot",
                                    List.of(
                                            new WebhookSettings.Subscription(
                                                    1, "contact.propertyChange", null, true)),
                                    10,
                                    Duration.ofSeconds(1)));
        }
        pairs =
                rig.db
                        .sql("SELECT hubspot_id, salesforce_id FROM sync_link ORDER BY id")
                        .query()
                        .listOfRows();
    }

    /**
     * Makes one change per linked contact, in a random direction, each after a random gap of 0 to
     * {@code maxGap} from the one before; waits until every change has shown or given up.
     */
    void run(long seed, Duration maxGap) {
        Random random = new Random(seed);
        List<Thread> watchers = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            long gapMillis = (long) (random.nextDouble() * maxGap.toMillis());
            SyncRig.sleep(gapMillis);
            boolean fromSalesforce = random.nextBoolean();
            watchers.add(change(i, fromSalesforce, gapMillis));
        }
        for (Thread watcher : watchers) {
            try {
                watcher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Thread change(int i, boolean fromSalesforce, long gapMillis) {
        String hubSpotId = pairs.get(i).get("hubspot_id").toString();
        String salesforceId = pairs.get(i).get("salesforce_id").toString();
        String value = "Changed" + System.nanoTime();
        Instant at = Instant.now();
        long begin = System.nanoTime();
        Supplier<Boolean> arrived;
        if (fromSalesforce) {
            rig.salesforce().update(salesforceId, Map.of("LastName", value));
            arrived =
                    () ->
                            value.equals(
                                    rig.hubSpot()
                                            .record("contacts", hubSpotId)
                                            .properties()
                                            .get("lastname"));
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
        }
        String direction = fromSalesforce ? "Salesforce -> HubSpot" : "HubSpot -> Salesforce";
        List<Long> into = fromSalesforce ? toHubSpot : toSalesforce;
        return Thread.ofVirtual()
                .start(
                        () -> {
                            long millis = BenchNodes.millisUntil(begin, GIVE_UP, arrived);
                            if (millis >= 0) {
                                into.add(millis);
                            } else {
                                missing.add(direction + " #" + i);
                            }
                            System.out.printf(
                                    "BENCH lag sample %s #%d %s at %s after a gap of %.1f s:"
                                            + " %d ms%n",
                                    mode, i, direction, at, gapMillis / 1e3, millis);
                        });
    }

    /** Prints the percentiles per direction and the node's calls, once it has stopped. */
    void report() throws IOException, InterruptedException {
        BenchNodes.stop(node);
        System.out.printf(
                "BENCH lag %s Salesforce -> HubSpot: %s%n",
                mode, BenchNodes.percentiles(toHubSpot));
        System.out.printf(
                "BENCH lag %s HubSpot -> Salesforce: %s%n",
                mode, BenchNodes.percentiles(toSalesforce));
        System.out.printf("BENCH lag %s missing: %s%n", mode, missing);
        System.out.printf("BENCH lag %s node calls %s%n", mode, BenchNodes.report(log));
    }

    @Override
    public void close() {
        rig.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
