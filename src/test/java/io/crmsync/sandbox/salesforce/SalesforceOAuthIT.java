package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

class SalesforceOAuthIT {

    private final SfHttp sf = new SfHttp();

    @Test
    void clientCredentialsReturnTheRealTokenShapeWithAValidSignature() throws Exception {
        var response =
                sf.form(
                        "/services/oauth2/token",
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                OAuthController.DEV_CLIENT_ID,
                                "client_secret",
                                OAuthController.DEV_CLIENT_SECRET));

        assertThat(response.status()).isEqualTo(200);
        var body = response.json();
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("instance_url").asString()).isEqualTo(sf.base);
        assertThat(body.get("id").asString()).matches(".*/id/00D\\w{15}/005\\w{15}");
        assertThat(body.get("issued_at").asString()).matches("\\d{13}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(OAuthController.DEV_CLIENT_SECRET.getBytes(), "HmacSHA256"));
        String expected =
                Base64.getEncoder()
                        .encodeToString(
                                mac.doFinal(
                                        (body.get("id").asString()
                                                        + body.get("issued_at").asString())
                                                .getBytes()));
        assertThat(body.get("signature").asString()).isEqualTo(expected);
        assertThat(body.has("expires_in")).isFalse();
    }

    @Test
    void aWrongSecretIsInvalidClientAndAnUnknownGrantIsUnsupported() {
        var wrong =
                sf.form(
                        "/services/oauth2/token",
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                OAuthController.DEV_CLIENT_ID,
                                "client_secret",
                                "nope"));
        var bogus =
                sf.form(
                        "/services/oauth2/token",
                        Map.of("grant_type", "bogus", "client_id", OAuthController.DEV_CLIENT_ID));
        var badRefresh =
                sf.form(
                        "/services/oauth2/token",
                        Map.of(
                                "grant_type",
                                "refresh_token",
                                "client_id",
                                OAuthController.DEV_CLIENT_ID,
                                "refresh_token",
                                "unknown"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body())
                .isEqualTo(
                        "{\"error\":\"invalid_client\",\"error_description\":\"invalid client"
                                + " credentials\"}");
        assertThat(bogus.json().get("error").asString()).isEqualTo("unsupported_grant_type");
        assertThat(badRefresh.body())
                .isEqualTo(
                        "{\"error\":\"invalid_grant\","
                                + "\"error_description\":\"expired access/refresh token\"}");
    }

    @Test
    void authorizationCodeWithPkceGivesARefreshTokenThatRefreshes() throws Exception {
        String verifier = "a-long-enough-code-verifier-for-pkce-0123456789";
        String challenge =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize =
                sf.base
                        + "/services/oauth2/authorize?response_type=code&client_id="
                        + OAuthController.DEV_CLIENT_ID
                        + "&redirect_uri=http://localhost/cb&state=xyz"
                        + "&code_challenge="
                        + challenge
                        + "&code_challenge_method=S256";

        var page = sf.send(HttpRequest.newBuilder(URI.create(authorize)).GET());
        var approved =
                sf.send(HttpRequest.newBuilder(URI.create(authorize + "&approve=true")).GET());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Allow");
        assertThat(approved.status()).isEqualTo(302);
        String location = approved.header("Location");
        assertThat(location).startsWith("http://localhost/cb?code=").endsWith("&state=xyz");
        String code = location.substring(location.indexOf("code=") + 5, location.indexOf("&state"));
        var wrongVerifier =
                sf.form(
                        "/services/oauth2/token",
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "client_id",
                                OAuthController.DEV_CLIENT_ID,
                                "code",
                                code,
                                "code_verifier",
                                "wrong",
                                "redirect_uri",
                                "http://localhost/cb"));
        assertThat(wrongVerifier.json().get("error").asString()).isEqualTo("invalid_grant");

        var again = sf.send(HttpRequest.newBuilder(URI.create(authorize + "&approve=true")).GET());
        String code2 = again.header("Location").replaceAll(".*code=([^&]+)&.*", "$1");
        var tokens =
                sf.form(
                        "/services/oauth2/token",
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "client_id",
                                OAuthController.DEV_CLIENT_ID,
                                "code",
                                code2,
                                "code_verifier",
                                verifier,
                                "redirect_uri",
                                "http://localhost/cb"));
        assertThat(tokens.status()).isEqualTo(200);
        String refresh = tokens.json().get("refresh_token").asString();
        var refreshed =
                sf.form(
                        "/services/oauth2/token",
                        Map.of(
                                "grant_type",
                                "refresh_token",
                                "client_id",
                                OAuthController.DEV_CLIENT_ID,
                                "refresh_token",
                                refresh));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("access_token").asString()).startsWith("00D");
    }

    @Test
    void unknownTokensGetInvalidSessionIdBearerAndOAuthSchemesBothWork() {
        var noToken =
                sf.send(
                        HttpRequest.newBuilder(URI.create(sf.base + SfHttp.VERSION + "/limits"))
                                .header("Authorization", "Bearer nope")
                                .GET());
        var oauthScheme =
                sf.send(
                        HttpRequest.newBuilder(URI.create(sf.base + SfHttp.VERSION + "/limits"))
                                .header("Authorization", "OAuth " + sf.token())
                                .GET());

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.body())
                .isEqualTo(
                        "[{\"message\":\"Session expired or"
                                + " invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
        assertThat(oauthScheme.status()).isEqualTo(200);
    }
}
