package io.crmsync.testsupport;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application context on the test classpath at the embedded MariaDB, unless {@code
 * CRMSYNC_DB_URL} names an external server. Each test context gets a database of its own, so that
 * contexts never see each other's rows; the dev runner uses one persistent database.
 */
public class EmbeddedMariaDbInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DEV_DATA_DIR = "crmsync.dev.data-dir";
    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (env.getProperty("CRMSYNC_DB_URL") != null) {
            return;
        }
        String devDataDir = System.getProperty(DEV_DATA_DIR);
        String database;
        if (devDataDir != null) {
            EmbeddedMariaDb.start(Path.of(devDataDir), true);
            database = "crmsync";
        } else {
            EmbeddedMariaDb.start(
                    Path.of(
                            "target",
                            "test-mariadb",
                            String.valueOf(ProcessHandle.current().pid())),
                    false);
            database = "crmsync_test_" + CONTEXTS.incrementAndGet();
        }
        EmbeddedMariaDb.createDatabase(database);
        env.getPropertySources()
                .addFirst(
                        new MapPropertySource(
                                "embeddedMariaDb",
                                Map.of(
                                        "spring.datasource.url", EmbeddedMariaDb.jdbcUrl(database),
                                        "spring.datasource.username", "root",
                                        "spring.datasource.password", "")));
    }
}
