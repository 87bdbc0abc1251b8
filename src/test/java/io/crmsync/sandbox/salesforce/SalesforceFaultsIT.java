package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.FaultSettings;
import io.crmsync.testsupport.SandboxTestServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

class SalesforceFaultsIT {

    private final SfHttp sf = new SfHttp();
    private final FaultPlan plan = SandboxTestServer.context().getBean(FaultPlan.class);

    @AfterEach
    void clear() {
        plan.clear("salesforce");
        sf.admin("PATCH", "/settings", Map.of("concurrentLimit", 25));
    }

    @Test
    void anInjectedRateLimitIsSalesforcesOwn403() {
        plan.set(
                "salesforce",
                "/services/data/v62.0/limits",
                new FaultSettings(0, 0, 1.0, 0, 0, 0, 0, 0, 0, false));

        var response = sf.get(SfHttp.VERSION + "/limits");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body())
                .isEqualTo(
                        "[{\"message\":\"TotalRequests Limit exceeded.\","
                                + "\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]");
        assertThat(sf.get(SfHttp.VERSION + "/sobjects").status()).isEqualTo(200);
    }

    @Test
    void anOutageAnswersEveryRequestWith503AndInternalErrorsWith500() {
        sf.token();
        plan.set(
                "salesforce",
                FaultPlan.ALL_ENDPOINTS,
                new FaultSettings(0, 0, 0, 0, 0, 0, 0, 0, 0, true));
        var outage = sf.get(SfHttp.VERSION + "/limits");
        plan.set(
                "salesforce",
                FaultPlan.ALL_ENDPOINTS,
                new FaultSettings(0, 0, 0, 1.0, 0, 0, 0, 0, 0, false));
        var error = sf.get(SfHttp.VERSION + "/limits");

        assertThat(outage.status()).isEqualTo(503);
        assertThat(outage.json().get(0).get("errorCode").asString())
                .isEqualTo("SERVER_UNAVAILABLE");
        assertThat(error.status()).isEqualTo(500);
        assertThat(error.json().get(0).get("errorCode").asString()).isEqualTo("UNKNOWN_EXCEPTION");
    }

    @Test
    void requestsBeyondTheConcurrencyLimitAreRefused() {
        sf.admin("PATCH", "/settings", Map.of("concurrentLimit", 0));

        var refused = sf.get(SfHttp.VERSION + "/limits");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get(0).get("message").asString())
                .isEqualTo("ConcurrentRequests (Concurrent API Requests) Limit exceeded.");
    }
}
