package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HubSpotAdminIT {

    private final HubSpotHttp admin = new HubSpotHttp(null);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theAdminApiNeedsItsKey() throws Exception {
        var request =
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(admin.base + "/_admin/object-types"))
                        .header("X-Sandbox-Admin-Key", "wrong")
                        .build();
        var response =
                java.net.http.HttpClient.newHttpClient()
                        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("INVALID_AUTHENTICATION");
    }

    @Test
    void aPersonCreatesSearchesMergesAndMovesStagesWithoutUsingTheApiBudget() {
        HubSpotSandbox sandbox = HubSpotHttp.sandbox();
        int before = sandbox.dailyUsage();
        var a =
                admin.post(
                        "/_admin/objects/contacts",
                        Map.of(
                                "properties",
                                Map.of(
                                        "email",
                                        "a." + run + "@example.com",
                                        "firstname",
                                        "Ann",
                                        "lifecyclestage",
                                        "customer")));
        var b =
                admin.post(
                        "/_admin/objects/contacts",
                        Map.of(
                                "properties",
                                Map.of("email", "b." + run + "@example.com", "phone", "+1 555")));
        String aId = (String) a.json().get("id");
        String bId = (String) b.json().get("id");

        var page = admin.get("/_admin/objects/contacts?offset=0&limit=5&text=" + run);
        assertThat(page.json()).containsEntry("total", 2);
        var backward =
                admin.post(
                        "/_admin/objects/contacts/" + aId + "/lifecycle", Map.of("stage", "lead"));
        assertThat(backward.text()).contains("\"lifecyclestage\":\"lead\"");
        var merged =
                admin.post("/_admin/contacts/merge", Map.of("primaryId", aId, "mergedId", bId));
        assertThat(merged.text()).contains("\"phone\":\"+1 555\"", "\"firstname\":\"Ann\"");
        assertThat(admin.get("/_admin/objects/contacts/" + bId).status()).isEqualTo(404);

        var deal = sandbox.create("deals", Map.of("dealname", "Deal " + run));
        assertThat(sandbox.moveDealStage(deal.id(), "contractsent").properties())
                .containsEntry("dealstage", "contractsent")
                .containsEntry("hs_deal_stage_probability", "0.9");
        assertThat(sandbox.dailyUsage()).isEqualTo(before);
        assertThat(a.json().get("properties").toString()).contains("hs_object_source=CRM_UI");
    }

    @Test
    void settingsAreReadAndChangedOverHttp() {
        var limits =
                admin.put(
                        "/_admin/rate-limits",
                        Map.of("perTenSeconds", 190, "daily", 1000000, "searchPerSecond", 5));
        var delay = admin.put("/_admin/search-visibility-delay", Map.of("millis", 0));
        var token =
                admin.post(
                        "/_admin/tokens",
                        Map.of("perTenSeconds", 1000, "daily", 1000000, "searchPerSecond", 50));

        assertThat(limits.status()).isEqualTo(200);
        assertThat(delay.json()).containsEntry("millis", 0);
        assertThat(
                        new HubSpotHttp((String) token.json().get("token"))
                                .get("/crm/v3/objects/contacts?limit=1")
                                .header("X-HubSpot-RateLimit-Max"))
                .isEqualTo("1000");
        assertThat(admin.get("/_admin/object-types").text()).contains("\"objectTypeId\":\"0-1\"");
    }
}
