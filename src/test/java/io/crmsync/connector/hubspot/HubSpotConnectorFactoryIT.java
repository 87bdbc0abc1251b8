package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CrmConnectorFactory;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The factory as the application wires it, reaching the application's own sandbox. */
@CrmsyncIntegrationTest
class HubSpotConnectorFactoryIT {

    @Autowired List<CrmConnectorFactory> factories;

    @LocalServerPort int port;

    @Test
    void theApplicationHasAHubSpotFactoryThatReachesTheSandbox() {
        CrmConnectorFactory hubspot =
                factories.stream()
                        .filter(f -> f.system() == ExternalSystem.HUBSPOT)
                        .findFirst()
                        .orElseThrow();

        var connector =
                hubspot.connect(
                        TestConnectors.privateApp("http://localhost:" + port + "/sandbox/hubspot"));

        assertThat(connector.identity().apiVersion()).isEqualTo("v3");
        assertThat(connector.describe("contacts").field("email")).isPresent();
    }
}
