package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HubSpotAuthIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void missingOrUnknownTokenIsTheReal401() {
        var none = new HubSpotHttp(null).get("/crm/v3/objects/contacts");
        var unknown = new HubSpotHttp("pat-na1-unknown").get("/crm/v3/objects/contacts");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json())
                .containsEntry("status", "error")
                .containsEntry("category", "INVALID_AUTHENTICATION")
                .containsEntry("correlationId", none.header("X-HubSpot-Correlation-Id"));
        assertThat((String) none.json().get("message"))
                .startsWith("Authentication credentials not found.");
        assertThat(unknown.status()).isEqualTo(401);
    }

    @Test
    void theConfiguredPrivateAppTokenWorks() {
        assertThat(
                        new HubSpotHttp("pat-na1-sandbox-token")
                                .get("/crm/v3/objects/contacts?limit=1")
                                .status())
                .isEqualTo(200);
    }

    @Test
    void authorizationCodeAndRefreshGrantsGiveExpiringAccessTokens() throws Exception {
        String base = new HubSpotHttp(null).base;
        var authorize =
                CLIENT.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                base
                                                        + "/oauth/authorize?client_id=sandbox-client-id&redirect_uri=http://localhost/cb&state=s1"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(authorize.statusCode()).isEqualTo(302);
        String location = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://localhost/cb?code=").endsWith("&state=s1");
        String code = location.substring(location.indexOf("code=") + 5, location.indexOf("&state"));

        var exchanged =
                token(
                        base,
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                code,
                                "redirect_uri",
                                "http://localhost/cb"));
        assertThat(exchanged)
                .containsEntry("token_type", "bearer")
                .containsEntry("expires_in", 1800)
                .containsKeys("access_token", "refresh_token");
        var api = new HubSpotHttp((String) exchanged.get("access_token"));
        var ok = api.get("/crm/v3/objects/contacts?limit=1");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("X-HubSpot-RateLimit-Daily")).isNull();
        assertThat(ok.header("X-HubSpot-RateLimit-Max")).isNotNull();

        HubSpotHttp.sandbox().advanceClock(Duration.ofMinutes(35));
        var expired = api.get("/crm/v3/objects/contacts?limit=1");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json())
                .containsEntry("category", "EXPIRED_AUTHENTICATION")
                .containsEntry(
                        "message",
                        "The OAuth token used to make this call expired 5 minute(s) ago.");

        var refreshed =
                token(
                        base,
                        Map.of(
                                "grant_type",
                                "refresh_token",
                                "refresh_token",
                                (String) exchanged.get("refresh_token")));
        assertThat(
                        new HubSpotHttp((String) refreshed.get("access_token"))
                                .get("/crm/v3/objects/contacts?limit=1")
                                .status())
                .isEqualTo(200);
    }

    @Test
    void badGrantsAnswer400WithHubSpotsOAuthErrorShape() throws Exception {
        String base = new HubSpotHttp(null).base;
        var badCode =
                post(
                        base,
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                "nope",
                                "client_id",
                                "sandbox-client-id",
                                "client_secret",
                                "sandbox-client-secret"));
        var badSecret =
                post(
                        base,
                        Map.of(
                                "grant_type",
                                "refresh_token",
                                "refresh_token",
                                "x",
                                "client_id",
                                "sandbox-client-id",
                                "client_secret",
                                "wrong"));

        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(Json.readMap(badCode.body()))
                .containsEntry("status", "BAD_AUTH_CODE")
                .containsKey("correlationId");
        assertThat(Json.readMap(badSecret.body())).containsEntry("status", "BAD_CLIENT_SECRET");
    }

    private static Map<String, Object> token(String base, Map<String, String> grant)
            throws Exception {
        var form = new java.util.HashMap<>(grant);
        form.put("client_id", "sandbox-client-id");
        form.put("client_secret", "sandbox-client-secret");
        var response = post(base, form);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.readMap(response.body());
    }

    private static HttpResponse<String> post(String base, Map<String, String> form)
            throws Exception {
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        e.getKey()
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(base + "/oauth/v1/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
