package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotRateLimitIT {

    @Test
    void everyResponseCarriesTheRateLimitHeaders() {
        var api =
                new HubSpotHttp(
                        HubSpotHttp.sandbox()
                                .issuePrivateAppToken(new RateLimits(190, 1_000_000, 5)));

        var response = api.get("/crm/v3/objects/contacts?limit=1");

        assertThat(response.header("X-HubSpot-RateLimit-Max")).isEqualTo("190");
        assertThat(response.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("189");
        assertThat(response.header("X-HubSpot-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
        assertThat(response.header("X-HubSpot-RateLimit-Secondly")).isEqualTo("19");
        assertThat(response.header("X-HubSpot-RateLimit-Secondly-Remaining")).isEqualTo("18");
        assertThat(response.header("X-HubSpot-RateLimit-Daily")).isEqualTo("1000000");
        assertThat(response.header("X-HubSpot-RateLimit-Daily-Remaining")).isNotNull();
    }

    @Test
    void theTenSecondWindowRefusesWithTheRealBodyUntilItRolls() {
        var api =
                new HubSpotHttp(
                        HubSpotHttp.sandbox()
                                .issuePrivateAppToken(new RateLimits(3, 1_000_000, 5)));
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/crm/v3/objects/contacts?limit=1").status()).isEqualTo(200);
        }

        var refused = api.get("/crm/v3/objects/contacts?limit=1");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json())
                .containsEntry("policyName", "TEN_SECONDLY_ROLLING")
                .containsEntry("errorType", "RATE_LIMIT")
                .containsEntry("category", "RATE_LIMITS")
                .containsEntry("message", "You have reached your ten_secondly_rolling limit.");
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(refused.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("0");
        HubSpotHttp.sandbox().advanceClock(Duration.ofSeconds(10));
        assertThat(api.get("/crm/v3/objects/contacts?limit=1").status()).isEqualTo(200);
    }

    @Test
    void searchHasItsOwnPerSecondLimit() {
        HubSpotHttp.sandbox().setSearchVisibilityDelay(Duration.ZERO);
        var api =
                new HubSpotHttp(
                        HubSpotHttp.sandbox()
                                .issuePrivateAppToken(new RateLimits(190, 1_000_000, 2)));
        api.post("/crm/v3/objects/contacts/search", Map.of("limit", 1));
        api.post("/crm/v3/objects/contacts/search", Map.of("limit", 1));

        var refused = api.post("/crm/v3/objects/contacts/search", Map.of("limit", 1));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json())
                .containsEntry("policyName", "SECONDLY")
                .containsEntry("message", "You have reached your secondly limit.");
        assertThat(api.get("/crm/v3/objects/contacts?limit=1").status()).isEqualTo(200);
    }

    @Test
    void theDailyLimitRefusesWithPolicyDaily() {
        var api = new HubSpotHttp(HubSpotHttp.sandbox().issuePrivateAppToken(RateLimits.UNLIMITED));
        HubSpotHttp.sandbox()
                .setTokenLimits(
                        api.token, new RateLimits(190, HubSpotHttp.sandbox().dailyUsage(), 5));

        var refused = api.get("/crm/v3/objects/contacts?limit=1");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json()).containsEntry("policyName", "DAILY");
    }
}
