package io.crmsync.sandbox;

import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The sandboxes as a process of their own (port 8090 by default), so that tests, benchmarks and
 * crash tests can stop and restart crmsync while the simulated CRMs keep running.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
        excludeName = {
            "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
            "com.vaadin.flow.spring.VaadinScopesConfig",
            "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration",
            "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerActuatorAutoConfiguration",
            "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerMetricsAutoConfiguration"
        })
public class SandboxServer {

    /**
     * The server's own settings. They must beat the app's {@code application.properties} (whose
     * {@code server.port} is {@code PORT}), so they cannot be default properties; arguments and
     * system properties still beat them.
     */
    static final Map<String, Object> SETTINGS =
            Map.of(
                    "spring.application.name", "crmsync-sandbox",
                    "server.port", "${CRMSYNC_SANDBOX_PORT:8090}",
                    "spring.liquibase.enabled", "false",
                    "spring.datasource.url",
                            "${CRMSYNC_SANDBOX_DB_URL:${CRMSYNC_DB_URL:jdbc:mariadb://localhost:3306/crmsync_sandbox}}",
                    "crmsync.sandbox.enabled", "true",
                    "crmsync.sandbox.seed-demo-data", "${CRMSYNC_SANDBOX_DEMO_DATA:true}");

    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(SandboxServer.class)
                .initializers(context -> ownSettings(context.getEnvironment()))
                .run(args);
    }

    private static void ownSettings(ConfigurableEnvironment environment) {
        environment
                .getPropertySources()
                .addAfter(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new MapPropertySource("sandboxServer", SETTINGS));
    }
}
