package io.crmsync.sandbox;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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

    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(SandboxServer.class)
                .properties(
                        "spring.application.name=crmsync-sandbox",
                        "server.port=${CRMSYNC_SANDBOX_PORT:8090}",
                        "spring.liquibase.enabled=false",
                        "spring.datasource.url=${CRMSYNC_SANDBOX_DB_URL:${CRMSYNC_DB_URL:jdbc:mariadb://localhost:3306/crmsync_sandbox}}",
                        "crmsync.sandbox.enabled=true",
                        "crmsync.sandbox.seed-demo-data=${CRMSYNC_SANDBOX_DEMO_DATA:true}")
                .run(args);
    }
}
