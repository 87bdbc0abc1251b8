package io.crmsync.sync.resilience;

import io.crmsync.CrmsyncApplication;
import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.SandboxServer;
import io.crmsync.sandbox.hubspot.HubSpotSandbox;
import io.crmsync.sandbox.hubspot.RateLimits;
import io.crmsync.sandbox.salesforce.SalesforceSandbox;
import io.crmsync.sandbox.salesforce.SandboxRecord;
import io.crmsync.testsupport.EmbeddedMariaDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sandboxes of their own (standalone, on a fresh database) and crmsync nodes with the sync running
 * for real, on one shared database, for the resilience tests: several nodes in this JVM, or one as
 * a separate process that can be killed.
 */
final class SyncRig implements AutoCloseable {

    static final String HUBSPOT_TOKEN = "pat-na1-sandbox-token";

    final ConfigurableApplicationContext sandboxes;
    final String sandboxUrl;
    final String database;
    final String jdbcUrl;
    final JdbcClient db;
    final String domain;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    private SyncRig(String name, java.util.function.UnaryOperator<String> createDatabase) {
        sandboxes =
                SandboxServer.start("--server.port=0", "--crmsync.sandbox.seed-demo-data=false");
        int port = ((WebServerApplicationContext) sandboxes).getWebServer().getPort();
        sandboxUrl = "http://localhost:" + port + "/sandbox";
        HubSpotSandbox hubSpot = hubSpot();
        hubSpot.setDefaultRateLimits(RateLimits.UNLIMITED);
        hubSpot.setTokenLimits(HUBSPOT_TOKEN, RateLimits.UNLIMITED);
        hubSpot.setSearchVisibilityDelay(Duration.ZERO);
        database = name + "_" + UUID.randomUUID().toString().substring(0, 8);
        jdbcUrl = createDatabase.apply(database);
        db = JdbcClient.create(dataSource(jdbcUrl));
        domain = database.replace('_', '-') + ".example.com";
    }

    /** Standalone sandboxes with unlimited HubSpot rate limits and a database for the nodes. */
    static SyncRig start(String name) {
        return new SyncRig(
                name,
                database -> {
                    EmbeddedMariaDb.createDatabase(database);
                    return EmbeddedMariaDb.jdbcUrl(database);
                });
    }

    /** As {@link #start(String)}, with the nodes' database on a server of the caller's own. */
    static SyncRig start(String name, ChaosDatabase server) {
        return new SyncRig(
                name,
                database -> {
                    server.createDatabase(database);
                    return server.url(database);
                });
    }

    HubSpotSandbox hubSpot() {
        return sandboxes.getBean(HubSpotSandbox.class);
    }

    SalesforceSandbox salesforce() {
        return sandboxes.getBean(SalesforceSandbox.class);
    }

    FaultPlan faults() {
        return sandboxes.getBean(FaultPlan.class);
    }

    /** The properties of a node with the sync on, polling every second. */
    Map<String, String> nodeProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("CRMSYNC_DB_URL", jdbcUrl);
        p.put("spring.datasource.url", jdbcUrl);
        p.put("spring.datasource.username", "root");
        p.put("spring.datasource.password", "");
        p.put("spring.datasource.hikari.maximum-pool-size", "8");
        p.put("server.port", "0");
        p.put("crmsync.sandbox.enabled", "false");
        p.put("crmsync.sandbox.salesforce-url", sandboxUrl + "/salesforce");
        p.put("crmsync.sandbox.hubspot-url", sandboxUrl + "/hubspot");
        p.put("crmsync.security.first-admin.password", "Resilience-admin-1");
        p.put("crmsync.sync.enabled", "true");
        p.put("crmsync.sync.poll-interval", "1s");
        p.put("crmsync.sync.lease", "20s");
        p.put("crmsync.sync.transient-backoff", "200ms");
        p.put("db-scheduler.polling-interval", "500ms");
        // A node that dies holding the poll task must not block the others for long.
        p.put("db-scheduler.heartbeat-interval", "2s");
        p.put("db-scheduler.missed-heartbeats-limit", "4");
        p.put("crmsync.hubspot.requests-per-ten-seconds", "100000");
        p.put("crmsync.hubspot.search-per-second", "1000");
        // Short safety lags, still longer than the sandbox's two-second search indexing delay.
        p.put("crmsync.salesforce.safety-lag", "3s");
        p.put("crmsync.hubspot.safety-lag", "3s");
        p.put("crmsync.sync.idle-poll-interval", "2s");
        p.put("vaadin.launch-browser", "false");
        return p;
    }

    /** Starts a node in this JVM; its API calls are counted by the returned context's counter. */
    ConfigurableApplicationContext startNode(Map<String, String> extra) {
        Map<String, String> props = nodeProperties();
        props.putAll(extra);
        List<String> args = new ArrayList<>();
        props.forEach((k, v) -> args.add("--" + k + "=" + v));
        ConfigurableApplicationContext node =
                new SpringApplicationBuilder(CrmsyncApplication.class, CallCounter.class)
                        .run(args.toArray(String[]::new));
        nodes.add(node);
        return node;
    }

    /**
     * The command line of a node as a separate JVM on this test's class path. A {@code quickStart}
     * node compiles with C1 only: it starts sooner, for tests that start many nodes, but runs
     * slower than a deployed one, so benchmarks leave the JIT as it is.
     */
    List<String> nodeCommand(String maxHeap, Map<String, String> extra, boolean quickStart) {
        Map<String, String> props = nodeProperties();
        props.putAll(extra);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.javaBinary());
        cmd.add("-Xmx" + maxHeap);
        if (quickStart) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(AppNodeMain.class.getName());
        props.forEach((k, v) -> cmd.add("--" + k + "=" + v));
        return cmd;
    }

    /**
     * This JVM's class path without empty entries: an empty entry means the working directory,
     * where the repository's {@code db/changelog} would then be found a second time.
     */
    private static String classPath() {
        return java.util.Arrays.stream(
                        System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.isBlank())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    // ---- records in the sandboxes, as a person would make them (not counted as API use) ----

    String email(String prefix, int i) {
        return prefix + i + "@" + domain;
    }

    String createSalesforceContact(String email, String lastName) {
        Map<String, Object> values = new HashMap<>();
        values.put("FirstName", "Sf");
        values.put("LastName", lastName);
        values.put("Email", email);
        return salesforce().create("Contact", values).id();
    }

    String createHubSpotContact(String email, String lastName) {
        return hubSpot()
                .create("contacts", Map.of("firstname", "Hs", "lastname", lastName, "email", email))
                .id();
    }

    /** Salesforce contacts and leads of this rig's domain, by lower-case email. */
    Map<String, List<SandboxRecord>> salesforceByEmail() {
        Map<String, List<SandboxRecord>> out = new HashMap<>();
        for (String type : List.of("Contact", "Lead")) {
            for (SandboxRecord r : salesforce().records(type, domain, 0, Integer.MAX_VALUE)) {
                Object email = r.values().get("Email");
                if (email != null) {
                    out.computeIfAbsent(
                                    email.toString().toLowerCase(Locale.ROOT),
                                    k -> new ArrayList<>())
                            .add(r);
                }
            }
        }
        return out;
    }

    /** HubSpot contacts of this rig's domain, by lower-case email. */
    Map<String, List<HubSpotSandbox.RecordView>> hubSpotByEmail() {
        Map<String, List<HubSpotSandbox.RecordView>> out = new HashMap<>();
        for (HubSpotSandbox.RecordView r :
                hubSpot().records("contacts", 0, Integer.MAX_VALUE, domain).records()) {
            String email = r.properties().get("email");
            if (email != null) {
                out.computeIfAbsent(email.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /** Provenance rows that repeat a write: the same value to the same field and side twice. */
    List<Map<String, Object>> repeatedWrites() {
        return db.sql(
                        """
                        SELECT link_id, field, target, field_value, COUNT(*) AS times
                        FROM sync_provenance GROUP BY link_id, field, target, field_value
                        HAVING COUNT(*) > 1
                        """)
                .query()
                .listOfRows();
    }

    /** Every provenance entry and field state of the first link written twice, to explain it. */
    String firstRepeatedHistory() {
        List<Map<String, Object>> repeated = repeatedWrites();
        if (repeated.isEmpty()) {
            return "";
        }
        Object link = repeated.getFirst().get("link_id");
        return "provenance of link "
                + link
                + ": "
                + db.sql("SELECT * FROM sync_provenance WHERE link_id = ? ORDER BY id")
                        .param(link)
                        .query()
                        .listOfRows()
                + "; states: "
                + db.sql("SELECT * FROM sync_field_state WHERE link_id = ?")
                        .param(link)
                        .query()
                        .listOfRows()
                + "; link: "
                + db.sql("SELECT * FROM sync_link WHERE id = ?").param(link).query().listOfRows();
    }

    /**
     * Field values written to either side, as provenance counts them; 0 before the first node has
     * created the tables.
     */
    long writesApplied() {
        try {
            return db.sql("SELECT COUNT(*) FROM sync_provenance").query(Long.class).single();
        } catch (org.springframework.dao.DataAccessException noTablesYet) {
            return 0;
        }
    }

    long links() {
        return db.sql("SELECT COUNT(*) FROM sync_link").query(Long.class).single();
    }

    long queued() {
        return db.sql("SELECT COUNT(*) FROM sync_work").query(Long.class).single();
    }

    List<Map<String, Object>> errors() {
        return db.sql("SELECT * FROM sync_error").query().listOfRows();
    }

    /** Waits until {@code condition} holds, checking twice a second; false on timeout. */
    static boolean await(Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // A sandbox or database read raced a write; look again.
            }
            sleep(500);
        }
        return condition.getAsBoolean();
    }

    static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf(
                "%s took %d ms%n", what, Duration.ofNanos(System.nanoTime() - start).toMillis());
        return result;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static DataSource dataSource(String url) {
        try {
            MariaDbDataSource ds = new MariaDbDataSource(url);
            ds.setUser("root");
            ds.setPassword("");
            return ds;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (ConfigurableApplicationContext node : nodes.reversed()) {
            node.close();
        }
        faults().clear("salesforce");
        faults().clear("hubspot");
        sandboxes.close();
    }

    private static final class Path {
        static String javaBinary() {
            return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }
}
