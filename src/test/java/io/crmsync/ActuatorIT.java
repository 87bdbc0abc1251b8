package io.crmsync;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.HttpSession;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@CrmsyncIntegrationTest
class ActuatorIT {

    @LocalServerPort int port;

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
}
