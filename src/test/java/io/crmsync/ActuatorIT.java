package io.crmsync;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.security.Role;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.HttpSession;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CrmsyncIntegrationTest
class ActuatorIT {

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;

    @Test
    void healthAnswersWithoutSigningIn() {
        var health = new HttpSession(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsNeedAnAdmin() {
        var session = new HttpSession(port);
        assertThat(session.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(
                        session.getWithBasicAuth(
                                        "/actuator/prometheus",
                                        TestAccounts.VIEWER,
                                        TestAccounts.PASSWORD)
                                .statusCode())
                .isEqualTo(403);

        var metrics =
                session.getWithBasicAuth(
                        "/actuator/prometheus", TestAccounts.ADMIN, TestAccounts.PASSWORD);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void anAdminWithATemporaryPasswordCannotScrapeBeforeChangingIt() {
        accounts.ensure("temporary-admin", Role.ADMIN, true);
        var metrics =
                new HttpSession(port)
                        .getWithBasicAuth(
                                "/actuator/prometheus", "temporary-admin", TestAccounts.PASSWORD);
        assertThat(metrics.statusCode()).isEqualTo(403);
    }

    @Test
    void theMetricsTokenScrapesPrometheus() {
        var metrics =
                new HttpSession(port)
                        .getWithBearer("/actuator/prometheus", TestAccounts.METRICS_TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void aWrongMetricsTokenScrapesNothing() {
        var session = new HttpSession(port);
        assertThat(session.getWithBearer("/actuator/prometheus", "not-the-token").statusCode())
                .isEqualTo(401);
        assertThat(
                        session.getWithBearer(
                                        "/actuator/prometheus", TestAccounts.METRICS_TOKEN + "x")
                                .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theMetricsTokenOpensNoOtherEndpoint() {
        var session = new HttpSession(port);
        assertThat(session.getWithBearer("/actuator/info", TestAccounts.METRICS_TOKEN).statusCode())
                .isEqualTo(403);
        assertThat(session.getWithBearer("/users", TestAccounts.METRICS_TOKEN).statusCode())
                .isNotEqualTo(200);
    }
}
