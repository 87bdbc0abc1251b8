package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

class SalesforceLimitsIT {

    private final SfHttp sf = new SfHttp();

    @AfterEach
    void restoreSettings() {
        sf.admin(
                "PATCH",
                "/settings",
                Map.of("dailyApiLimit", 100_000, "tokenLifetimeSeconds", 7200));
        sf.admin("POST", "/usage/reset", null);
    }

    @Test
    void theVersionListIsUnauthenticatedAndCarriesNoLimitHeader() {
        var response =
                sf.send(HttpRequest.newBuilder(URI.create(sf.base + "/services/data")).GET());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Sforce-Limit-Info")).isNull();
        assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        var last = response.json().get(response.json().size() - 1);
        assertThat(last.get("version").asString()).isEqualTo("62.0");
        assertThat(last.get("url").asString()).isEqualTo("/services/data/v62.0");
        assertThat(last.get("label").asString()).isEqualTo("Winter '25");
    }

    @Test
    void limitsAndTheUsageHeaderAgree() {
        var response = sf.get(SfHttp.VERSION + "/limits");

        var daily = response.json().get("DailyApiRequests");
        String header = response.header("Sforce-Limit-Info");
        assertThat(header).matches("api-usage=\\d+/100000");
        long used = Long.parseLong(header.replaceAll("api-usage=(\\d+)/.*", "$1"));
        assertThat(daily.get("Max").asLong()).isEqualTo(100_000);
        assertThat(daily.get("Remaining").asLong()).isEqualTo(100_000 - used);
    }

    @Test
    void anOldOrUnknownVersionIsNotFoundAndAnyVersionFrom31Works() {
        assertThat(sf.get("/services/data/v30.0/limits").status()).isEqualTo(404);
        assertThat(sf.get("/services/data/v31.0/limits").status()).isEqualTo(200);
        var resources = sf.get("/services/data/v62.0/").json();
        assertThat(resources.get("query").asString()).isEqualTo("/services/data/v62.0/query");
        assertThat(resources.get("sobjects").asString()).isEqualTo("/services/data/v62.0/sobjects");
        assertThat(sf.get("/services/data/v62.0/nothing-here").body())
                .isEqualTo(
                        "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does"
                                + " not exist\"}]");
    }

    @Test
    void anExhaustedDailyAllocationIsRequestLimitExceeded() {
        sf.admin("POST", "/usage/reset", null);
        sf.admin("PATCH", "/settings", Map.of("dailyApiLimit", 2));
        sf.get(SfHttp.VERSION + "/limits");
        sf.get(SfHttp.VERSION + "/limits");

        var refused = sf.get(SfHttp.VERSION + "/limits");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Sforce-Limit-Info")).isEqualTo("api-usage=2/2");
        assertThat(refused.body())
                .isEqualTo(
                        "[{\"message\":\"TotalRequests Limit exceeded.\","
                                + "\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]");
    }

    @Test
    void anExpiredTokenIsInvalidSessionId() {
        SfHttp fresh = new SfHttp();
        sf.admin("PATCH", "/settings", Map.of("tokenLifetimeSeconds", 0));

        var response = fresh.get(SfHttp.VERSION + "/limits");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get(0).get("errorCode").asString())
                .isEqualTo("INVALID_SESSION_ID");
    }
}
