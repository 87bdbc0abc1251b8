package io.crmsync.sync.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The crmsync node of the crash harness, a JVM of its own on {@link ChaosDatabase}: started, killed
 * with SIGKILL together with its database, and started again on the same data folder. Each start
 * logs to {@code target/chaos/node-<n>.log}.
 */
final class ChaosNode implements AutoCloseable {

    /** A folder per run, so that an earlier run's logs and data stay for a post-mortem. */
    static final Path LOGS =
            Path.of(
                    "target",
                    "chaos",
                    "run-" + java.time.LocalDateTime.now().withNano(0).toString().replace(":", ""));

    private final SyncRig rig;
    private final ChaosDatabase database;
    private Process process;
    private int starts;

    ChaosNode(SyncRig rig, ChaosDatabase database) {
        this.rig = rig;
        this.database = database;
    }

    /** Starts the node (its database must be up) and waits until its tables exist. */
    void start() {
        starts++;
        Path log = LOGS.resolve("node-" + starts + ".log");
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("crmsync.sync.lease", "10s");
        if (Boolean.parseBoolean(System.getProperty("crmsync.chaos.debug", "true"))) {
            extra.put("logging.level.io.crmsync.sync.engine", "DEBUG");
        }
        List<String> command = rig.nodeCommand("512m", extra, true);
        try {
            Files.createDirectories(LOGS);
            process =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        boolean up =
                SyncRig.await(Duration.ofMinutes(4), () -> !process.isAlive() || tablesExist());
        if (!up || !process.isAlive()) {
            throw new IllegalStateException("node " + starts + " did not start; see " + log);
        }
    }

    private boolean tablesExist() {
        rig.db.sql("SELECT COUNT(*) FROM field_mapping").query(Long.class).single();
        rig.db.sql("SELECT COUNT(*) FROM sync_work").query(Long.class).single();
        return true;
    }

    /**
     * SIGKILL of the node's JVM and of its database's {@code mariadbd}, back to back, then both
     * started again on the same data; the time the restart of the database took.
     */
    Duration killAndRestart() {
        long nodePid = process.pid();
        long dbPid = database.pid();
        process.destroyForcibly();
        database.kill();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        System.out.printf("CHAOS killed node pid %d and mariadbd pid %d%n", nodePid, dbPid);
        Duration recovery = database.start();
        start();
        return recovery;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    int starts() {
        return starts;
    }

    Path log() {
        return LOGS.resolve("node-" + starts + ".log");
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }
}
