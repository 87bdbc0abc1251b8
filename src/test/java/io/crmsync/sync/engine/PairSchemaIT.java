package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.connection.Connectors;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine reads describes through the connectors' cache, and invalidating it reaches them. */
@CrmsyncIntegrationTest
class PairSchemaIT {

    @Autowired PairSchema schema;
    @Autowired Connectors connectors;

    @Test
    void theEngineSeesTheDescribesTheConnectorsKeep() {
        assertThat(schema.salesforce("Contact"))
                .isSameAs(connectors.salesforce().describe("Contact"));
        assertThat(schema.hubSpot()).isSameAs(connectors.hubSpot().describe("contacts"));
    }

    @Test
    void invalidatingTheSchemaMakesBothConnectorsDescribeAgain() {
        var salesforce = schema.salesforce("Contact");
        var hubSpot = schema.hubSpot();

        schema.invalidate();

        assertThat(schema.salesforce("Contact")).isNotSameAs(salesforce).isEqualTo(salesforce);
        assertThat(schema.hubSpot()).isNotSameAs(hubSpot).isEqualTo(hubSpot);
    }
}
