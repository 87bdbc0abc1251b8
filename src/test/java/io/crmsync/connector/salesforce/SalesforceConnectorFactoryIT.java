package io.crmsync.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmConnectorFactory;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application offers exactly one Salesforce connector factory, wired to its beans. */
@CrmsyncIntegrationTest
class SalesforceConnectorFactoryIT {

    @Autowired List<CrmConnectorFactory> factories;

    @Test
    void theApplicationHasASalesforceFactoryWhoseConnectorsReachTheSandbox() {
        var salesforce =
                factories.stream().filter(f -> f.system() == ExternalSystem.SALESFORCE).toList();
        assertThat(salesforce).hasSize(1);

        var identity =
                salesforce
                        .getFirst()
                        .connect(
                                new ConnectionSettings(
                                        ExternalSystem.SALESFORCE,
                                        true,
                                        AuthFlow.SALESFORCE_CLIENT_CREDENTIALS,
                                        io.crmsync.testsupport.SandboxTestServer.salesforceUrl(),
                                        null,
                                        SalesforceSandboxSupport.CLIENT_ID,
                                        SalesforceSandboxSupport.CLIENT_SECRET,
                                        null,
                                        null))
                        .identity();

        assertThat(identity.accountId()).startsWith("00D");
    }
}
