package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.FaultSettings;
import io.crmsync.testsupport.SandboxTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotFaultsIT {

    private static final String ENDPOINT = "/crm/v3/pipelines";

    private final HubSpotHttp api = HubSpotHttp.unlimited();
    private final FaultPlan plan = SandboxTestServer.context().getBean(FaultPlan.class);

    @AfterEach
    void clearFaults() {
        plan.set("hubspot", ENDPOINT, FaultSettings.NONE);
    }

    private static FaultSettings faults(double rate429, double rate503) {
        return new FaultSettings(0, 0, rate429, 0, rate503, 0, 30_000, 0, 0, false);
    }

    @Test
    void anInjected429LooksLikeHubSpotsTenSecondlyLimit() {
        plan.set("hubspot", ENDPOINT, faults(1, 0));

        var response = api.get("/crm/v3/pipelines/deals");

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.json())
                .containsEntry("policyName", "TEN_SECONDLY_ROLLING")
                .containsEntry("category", "RATE_LIMITS")
                .containsKey("correlationId");
        assertThat(response.header("Retry-After")).isEqualTo("10");
        assertThat(api.get("/crm/v3/objects/contacts?limit=1").status()).isEqualTo(200);
    }

    @Test
    void anInjected503HasHubSpotsErrorEnvelope() {
        plan.set("hubspot", ENDPOINT, faults(0, 1));

        var response = api.get("/crm/v3/pipelines/deals");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json()).containsEntry("status", "error").containsKey("correlationId");
    }

    @Test
    void anUnknownPathIsHubSpotsNotFoundEnvelope() {
        var response = api.get("/crm/v3/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json()).containsEntry("status", "error").containsKey("correlationId");
    }
}
