package io.crmsync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.internal.PendingAuthorizations;
import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.AuthFlow;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.SandboxConnections;
import io.crmsync.testsupport.TestAccounts;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** "Connect with Salesforce" sends the Admin to authorize with PKCE and keeps the refresh token. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class SalesforceSignInIT {

    static final String CALLBACK = "http://localhost/connections/salesforce/callback";

    @Autowired ConnectionService connections;
    @Autowired SalesforceSignInService signIn;
    @Autowired ActiveConnections active;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    MockWebServer salesforce = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        SandboxConnections.restore(jdbc, events);
        salesforce.start();
    }

    @AfterEach
    void stop() {
        salesforce.close();
        SandboxConnections.restore(jdbc, events);
    }

    @Test
    void theCodeIsExchangedWithThePkceVerifierAndTheRefreshTokenSaved() throws Exception {
        String base = salesforce.url("/").toString().replaceAll("/$", "");
        connections.save(
                new ConnectionForm(
                        ExternalSystem.SALESFORCE,
                        ConnectionMode.REAL,
                        AuthFlow.SALESFORCE_AUTHORIZATION_CODE,
                        base,
                        "3MVG9-pkce-client",
                        null,
                        null,
                        null),
                false);

        String url = signIn.authorizeUrl(CALLBACK);
        assertThat(url).startsWith(base + "/services/oauth2/authorize?response_type=code");
        Map<String, String> query = params(url.substring(url.indexOf('?') + 1));
        assertThat(query)
                .containsEntry("client_id", "3MVG9-pkce-client")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", CALLBACK);

        salesforce.enqueue(
                new MockResponse.Builder()
                        .code(200)
                        .addHeader("Content-Type", "application/json")
                        .body(
                                "{\"access_token\":\"00D!x\",\"refresh_token\":\"5Aep-refresh\","
                                        + "\"instance_url\":\"https://acme.my.salesforce.com\"}")
                        .build());
        ConnectionSummary summary = signIn.complete(query.get("state"), "code-123", false);

        var token = params(salesforce.takeRequest(5, TimeUnit.SECONDS).getBody().utf8());
        assertThat(token)
                .containsEntry("grant_type", "authorization_code")
                .containsEntry("code", "code-123")
                .containsEntry("redirect_uri", CALLBACK);
        assertThat(PendingAuthorizations.challenge(token.get("code_verifier")))
                .isEqualTo(query.get("code_challenge"));
        assertThat(summary.refreshTokenSet()).isTrue();
        assertThat(active.settings(ExternalSystem.SALESFORCE).refreshToken())
                .isEqualTo("5Aep-refresh");
        assertThatThrownBy(() -> signIn.complete(query.get("state"), "code-123", false))
                .isInstanceOf(ConnectionChangeRejected.class)
                .hasMessageContaining("already used");
    }

    @Test
    void signingInNeedsSavedAuthorizationCodeSettings() {
        assertThatThrownBy(() -> signIn.authorizeUrl(CALLBACK))
                .isInstanceOf(ConnectionChangeRejected.class)
                .hasMessageContaining("Sign in as a user");
    }

    private static Map<String, String> params(String text) {
        return Arrays.stream(text.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(
                        Collectors.toMap(
                                pair -> pair[0],
                                pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
