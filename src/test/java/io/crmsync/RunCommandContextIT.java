package io.crmsync;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.HttpSession;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run command's application, started as the README's command starts it (on a database of its
 * own): test fixtures never reach it, and its only account is the first admin.
 */
class RunCommandContextIT {

    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void startTheRunCommandsApplication() {
        app =
                TestCrmsyncApplication.application()
                        .run(
                                "--server.port=0",
                                "--crmsync.sandbox.seed-demo-data=false",
                                "--crmsync.sync.enabled=false",
                                "--crmsync.sandbox.hubspot.webhooks-to-self=false");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void noBeanComesFromTheTestSources() {
        String testClasses =
                RunCommandContextIT.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toString();
        var fromTestSources =
                Arrays.stream(app.getBeanDefinitionNames())
                        .map(name -> app.getBeanFactory().getType(name))
                        .filter(type -> type != null && type.getProtectionDomain() != null)
                        .filter(
                                type ->
                                        type.getProtectionDomain().getCodeSource() != null
                                                && type.getProtectionDomain()
                                                        .getCodeSource()
                                                        .getLocation()
                                                        .toString()
                                                        .equals(testClasses))
                        .map(Class::getName)
                        // The simulators compile with the tests on purpose (ADR 019): the run
                        // command serves them. Nothing else of the test sources may be there.
                        .filter(name -> !name.startsWith("io.crmsync.sandbox."))
                        .toList();
        assertThat(fromTestSources).isEmpty();
    }

    @Test
    void withoutAMetricsTokenNoBearerScrapes() {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        var session = new HttpSession(port);
        assertThat(session.getWithBearer("/actuator/prometheus", "").statusCode()).isEqualTo(401);
        assertThat(session.getWithBearer("/actuator/prometheus", "anything").statusCode())
                .isEqualTo(401);
    }

    @Test
    void theOnlyAccountIsTheFirstAdmin() {
        var usernames =
                app.getBean(JdbcTemplate.class)
                        .queryForList("SELECT username FROM app_user", String.class);
        assertThat(usernames).containsExactly("admin");
    }
}
