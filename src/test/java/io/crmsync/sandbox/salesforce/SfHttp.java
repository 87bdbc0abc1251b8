package io.crmsync.sandbox.salesforce;

import io.crmsync.testsupport.SandboxTestServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A tiny HTTP client for the Salesforce sandbox in tests, signed in with client credentials. */
final class SfHttp {

    static final String VERSION = "/services/data/v62.0";
    static final String ADMIN_KEY = "sandbox-admin";
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Response(int status, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String body() {
            return raw.body();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    final String base = SandboxTestServer.salesforceUrl();
    private String token;

    String token() {
        if (token == null) {
            token =
                    form(
                                    "/services/oauth2/token",
                                    Map.of(
                                            "grant_type",
                                            "client_credentials",
                                            "client_id",
                                            OAuthController.DEV_CLIENT_ID,
                                            "client_secret",
                                            OAuthController.DEV_CLIENT_SECRET))
                            .json()
                            .get("access_token")
                            .asString();
        }
        return token;
    }

    Response form(String path, Map<String, String> fields) {
        String body =
                fields.entrySet().stream()
                        .map(
                                e ->
                                        e.getKey()
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response get(String path) {
        return sendAuthed(authed(path).GET());
    }

    Response call(String method, String path, Object body, String... headers) {
        var request = authed(path).header("Content-Type", "application/json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return sendAuthed(
                request.method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(
                                        body instanceof String s
                                                ? s
                                                : JSON.writeValueAsString(body))));
    }

    Response admin(String method, String path, Object body) {
        var request =
                HttpRequest.newBuilder(URI.create(base + "/_admin" + path))
                        .header("X-Sandbox-Admin-Key", ADMIN_KEY)
                        .header("Content-Type", "application/json");
        return send(
                request.method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(body))));
    }

    Response query(String soql, String... headers) {
        var request =
                authed(VERSION + "/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return sendAuthed(request.GET());
    }

    private HttpRequest.Builder authed(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token());
    }

    /** Sends with the current token; when another test revoked it, signs in again once. */
    private Response sendAuthed(HttpRequest.Builder request) {
        Response response = send(request);
        if (response.status() == 401) {
            token = null;
            response = send(request.setHeader("Authorization", "Bearer " + token()));
        }
        return response;
    }

    Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
