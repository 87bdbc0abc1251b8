package io.crmsync.connection.internal;

import io.crmsync.connection.ConnectionChangeRejected;
import io.crmsync.connection.ConnectionChangeRejected.Field;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exchanges a Salesforce authorization code for a refresh token at {@code
 * {baseUrl}/services/oauth2/token}, with the PKCE verifier. This is the only CRM call the
 * Connections module makes itself: the connector SPI has no sign-in step.
 */
@Component
public class AuthorizationCodeExchange {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json;

    AuthorizationCodeExchange(JsonMapper json) {
        this.json = json;
    }

    public String refreshToken(
            String baseUrl,
            String clientId,
            String clientSecret,
            String code,
            String verifier,
            String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("client_id", clientId);
        if (clientSecret != null) {
            form.put("client_secret", clientSecret);
        }
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", verifier);
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        e.getKey()
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(baseUrl + "/services/oauth2/token"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = parse(response.body());
            String token = answer.path("refresh_token").asString(null);
            if (response.statusCode() != 200 || token == null) {
                String why =
                        answer.path("error_description").asString("HTTP " + response.statusCode());
                throw new ConnectionChangeRejected(
                        Field.NONE, "Salesforce did not grant a refresh token: " + why);
            }
            return token;
        } catch (IOException e) {
            throw new ConnectionChangeRejected(
                    Field.NONE,
                    "Could not reach Salesforce to finish signing in: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionChangeRejected(Field.NONE, "Signing in was interrupted.");
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException notJson) {
            return json.createObjectNode();
        }
    }
}
