package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.CrmUser;
import io.crmsync.spi.UserDirectory;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.SandboxTestServer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The HubSpot connector's owners directory against the HubSpot sandbox, over HTTP. */
class HubSpotOwnersIT {

    private final CallLog calls = new CallLog();

    @Test
    void theOwnersAreListedWithTheirEmailsInOneReportedCall() {
        var connector =
                TestConnectors.privateApp(
                        SandboxTestServer.hubspotUrl(), new MutableClock(Instant.now()), calls);

        var users = ((UserDirectory) connector).users();

        assertThat(users)
                .containsExactly(
                        new CrmUser(
                                "75318201",
                                "integration@crmsync-sandbox.example.com",
                                "Integration User",
                                true),
                        new CrmUser(
                                "75318202",
                                "sam.seller@crmsync-sandbox.example.com",
                                "Sam Seller",
                                true),
                        new CrmUser(
                                "75318203",
                                "hana.hubspot@crmsync-sandbox.example.com",
                                "Hana Hubspot",
                                true));
        assertThat(calls.count("owners")).isEqualTo(1);
    }
}
