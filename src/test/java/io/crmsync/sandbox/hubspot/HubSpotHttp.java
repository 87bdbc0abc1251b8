package io.crmsync.sandbox.hubspot;

import io.crmsync.testsupport.SandboxTestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the HubSpot sandbox in tests, with one private-app token. */
final class HubSpotHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** One response: status, headers and body text, with JSON helpers. */
    record Response(int status, java.net.http.HttpHeaders headers, String text) {
        Map<String, Object> json() {
            return Json.readMap(text);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results() {
            return (List<Map<String, Object>>) json().get("results");
        }
    }

    final String base;
    final String token;

    HubSpotHttp(String token) {
        this(SandboxTestServer.hubspotUrl(), token);
    }

    HubSpotHttp(String base, String token) {
        this.base = base;
        this.token = token;
    }

    static HubSpotSandbox sandbox() {
        return SandboxTestServer.context().getBean(HubSpotSandbox.class);
    }

    /** A client with a fresh unlimited token and search visibility without delay. */
    static HubSpotHttp unlimited() {
        HubSpotSandbox sandbox = sandbox();
        sandbox.setSearchVisibilityDelay(Duration.ZERO);
        return new HubSpotHttp(sandbox.issuePrivateAppToken(RateLimits.UNLIMITED));
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response post(String path, Object body) {
        return send("POST", path, body);
    }

    Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends a body as is (a String) or as JSON (anything else). */
    Response send(String method, String path, Object body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (path.startsWith("/_admin")) {
            request.header("X-Sandbox-Admin-Key", "sandbox-admin");
        }
        String text = body == null ? null : body instanceof String s ? s : Json.write(body);
        if (text != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method,
                text == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text));
        try {
            HttpResponse<String> response =
                    CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
