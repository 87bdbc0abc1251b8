package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sync.SuspensionCause;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The org's API limit suspends the whole sync until it can resume, with nothing lost. */
@CrmsyncIntegrationTest
class SuspensionIT extends SyncScenarioSupport {

    @AfterEach
    void restoreLimit() {
        sync.sandboxAdmin(
                "PATCH", "/sandbox/salesforce/_admin/settings", "{\"dailyApiLimit\":100000}");
        sync.sandboxAdmin("POST", "/sandbox/salesforce/_admin/usage/reset", null);
    }

    @Test
    void requestLimitExceededSuspendsUntilTheLimitAllowsCallsAgain() {
        String email = SyncFixture.email("limited");
        sync.createHubSpot(Map.of("lastname", "Limited", "email", email));
        sync.sandboxAdmin("PATCH", "/sandbox/salesforce/_admin/settings", "{\"dailyApiLimit\":1}");

        sync.settle();

        var state = suspension.current().orElseThrow();
        assertThat(state.code()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
        assertThat(state.cause()).isEqualTo(SuspensionCause.API_LIMIT);
        assertThat(state.system()).isEqualTo(io.crmsync.base.ExternalSystem.SALESFORCE);
        assertThat(sync.settle()).as("nothing syncs while suspended").isZero();

        sync.sandboxAdmin(
                "PATCH", "/sandbox/salesforce/_admin/settings", "{\"dailyApiLimit\":100000}");
        sync.sandboxAdmin("POST", "/sandbox/salesforce/_admin/usage/reset", null);
        clock.advance(SyncEngine.LIMIT_RECHECK.plus(Duration.ofMinutes(1)));
        sync.settle();

        assertThat(suspension.current()).isEmpty();
        assertThat(sync.salesforceByEmail("Contact", email, "Id"))
                .as("the held change synced")
                .hasSize(1);
    }
}
