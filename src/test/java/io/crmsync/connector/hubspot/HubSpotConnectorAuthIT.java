package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sandbox.hubspot.HubSpotSandbox;
import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.FailureKind;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.SandboxTestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Private-app and OAuth authentication against the HubSpot sandbox. */
class HubSpotConnectorAuthIT {

    private final CallLog calls = new CallLog();
    private final MutableClock clock = new MutableClock(Instant.now());

    @Test
    void oauthGetsATokenFirstAndRefreshesItOnceWhenHubSpotSaysItExpired() throws Exception {
        CrmConnector connector = connect(oauth(refreshToken()));

        var identity = connector.identity();
        assertThat(identity.accountId()).matches("\\d+");
        assertThat(identity.userName()).isNotBlank();
        assertThat(calls.count("oauth-token")).isEqualTo(1);

        sandbox().advanceClock(Duration.ofMinutes(31));
        var records = connector.readByIds("contacts", List.of("999999997"), List.of());

        assertThat(records).isEmpty();
        assertThat(calls.count("oauth-token")).isEqualTo(2);
        assertThat(calls.calls()).extracting(c -> c.status()).contains(401);
    }

    @Test
    void oauthRefreshesAheadOfExpiryByItsOwnClock() throws Exception {
        CrmConnector connector = connect(oauth(refreshToken()));
        connector.readByIds("contacts", List.of("999999997"), List.of());

        clock.advance(Duration.ofMinutes(29).plusSeconds(30));
        connector.readByIds("contacts", List.of("999999997"), List.of());

        assertThat(calls.count("oauth-token")).isEqualTo(2);
        assertThat(calls.calls()).extracting(c -> c.status()).doesNotContain(401);
    }

    @Test
    void anUnknownRefreshTokenIsAuthExpired() {
        CrmConnector connector = connect(oauth("no-such-refresh-token"));

        assertThatThrownBy(connector::identity)
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.AUTH_EXPIRED));
    }

    @Test
    void aWrongPrivateAppTokenIsAuthExpiredWithoutRetries() {
        ConnectionSettings wrong =
                new ConnectionSettings(
                        ExternalSystem.HUBSPOT,
                        true,
                        AuthFlow.HUBSPOT_PRIVATE_APP,
                        SandboxTestServer.hubspotUrl(),
                        null,
                        null,
                        null,
                        null,
                        "pat-na1-wrong");

        assertThatThrownBy(() -> connect(wrong).readByIds("contacts", List.of("1"), List.of()))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.AUTH_EXPIRED));
        assertThat(calls.calls()).hasSize(1);
    }

    private CrmConnector connect(ConnectionSettings settings) {
        return TestConnectors.factory(clock, TestConnectors.FAST, CallBudget.UNLIMITED, calls)
                .connect(settings);
    }

    private static HubSpotSandbox sandbox() {
        return SandboxTestServer.context().getBean(HubSpotSandbox.class);
    }

    private static ConnectionSettings oauth(String refreshToken) {
        return new ConnectionSettings(
                ExternalSystem.HUBSPOT,
                true,
                AuthFlow.HUBSPOT_OAUTH,
                SandboxTestServer.hubspotUrl(),
                null,
                "sandbox-client-id",
                "sandbox-client-secret",
                refreshToken,
                null);
    }

    /** Goes through the sandbox's consent page and code exchange, as a person would. */
    private static String refreshToken() throws Exception {
        String base = SandboxTestServer.hubspotUrl();
        String redirect = "http://localhost/callback";
        try (HttpClient http = HttpClient.newHttpClient()) {
            var consent =
                    http.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    base
                                                            + "/oauth/authorize?client_id=sandbox-client-id&redirect_uri="
                                                            + redirect))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            String location = consent.headers().firstValue("Location").orElseThrow();
            String code = location.substring(location.indexOf("code=") + 5);
            String form =
                    "grant_type=authorization_code&client_id=sandbox-client-id"
                            + "&client_secret=sandbox-client-secret&redirect_uri="
                            + redirect
                            + "&code="
                            + code;
            var token =
                    http.send(
                            HttpRequest.newBuilder(URI.create(base + "/oauth/v1/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return JsonMapper.builder()
                    .build()
                    .readTree(token.body())
                    .path("refresh_token")
                    .asString();
        }
    }
}
