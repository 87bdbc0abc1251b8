package io.crmsync.connector.salesforce.internal;

import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets access tokens from {@code {baseUrl}/services/oauth2/token} by client credentials or by
 * refresh token, and keeps the current one. Only {@code access_token}, {@code instance_url} and
 * {@code id} are used; the signature is not checked, since the token came over TLS from the org.
 */
final class SalesforceAuth {

    private final ConnectionSettings settings;
    private final OkHttpClient http;
    private final JsonMapper json;
    private final CallReporter reporter;
    private Session session;

    SalesforceAuth(
            ConnectionSettings settings,
            OkHttpClient http,
            JsonMapper json,
            CallReporter reporter) {
        this.settings = settings;
        this.http = http;
        this.json = json;
        this.reporter = reporter;
    }

    /** The current session, fetching a token first if there is none. */
    synchronized Session session() {
        if (session == null) {
            session = fetch();
        }
        return session;
    }

    /** A new token, unless another thread already replaced {@code stale}. */
    synchronized Session refresh(Session stale) {
        if (session == null || session == stale) {
            session = fetch();
        }
        return session;
    }

    private Session fetch() {
        FormBody.Builder form = new FormBody.Builder().add("client_id", nz(settings.clientId()));
        if (settings.flow() == AuthFlow.SALESFORCE_AUTHORIZATION_CODE) {
            form.add("grant_type", "refresh_token")
                    .add("refresh_token", nz(settings.refreshToken()));
            if (settings.clientSecret() != null && !settings.clientSecret().isBlank()) {
                form.add("client_secret", settings.clientSecret());
            }
        } else if (settings.flow() == AuthFlow.SALESFORCE_CLIENT_CREDENTIALS) {
            form.add("grant_type", "client_credentials")
                    .add("client_secret", nz(settings.clientSecret()));
        } else {
            throw failure("UNSUPPORTED_FLOW", "Not a Salesforce auth flow: " + settings.flow());
        }
        Request request =
                new Request.Builder()
                        .url(stripSlash(settings.baseUrl()) + "/services/oauth2/token")
                        .post(form.build())
                        .build();
        Instant start = reporter.now();
        long nanos = System.nanoTime();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            reporter.report(
                    null,
                    "token",
                    response.code(),
                    start,
                    nanos,
                    response.header("Sforce-Limit-Info"));
            if (response.code() >= 500) {
                throw new ConnectorException(
                        ErrorClassifier.transport(
                                "HTTP_" + response.code(),
                                "Token endpoint answered " + response.code()),
                        null);
            }
            JsonNode node = json.readTree(body);
            if (!response.isSuccessful()) {
                throw failure(
                        node.path("error").asString("HTTP_" + response.code()),
                        node.path("error_description").asString(""));
            }
            String id = node.path("id").asString("");
            String[] parts = id.split("/");
            return new Session(
                    node.path("access_token").asString(),
                    stripSlash(node.path("instance_url").asString()),
                    parts.length >= 2 ? parts[parts.length - 2] : null,
                    parts.length >= 1 ? parts[parts.length - 1] : null);
        } catch (IOException e) {
            reporter.report(null, "token", 0, start, nanos, null);
            throw new ConnectorException(ErrorClassifier.transport("IO_ERROR", e.toString()), e);
        } catch (JacksonException e) {
            throw new ConnectorException(
                    ErrorClassifier.transport("MALFORMED_RESPONSE", e.getOriginalMessage()), e);
        }
    }

    private static ConnectorException failure(String code, String message) {
        return new ConnectorException(
                new SyncFailure(
                        FailureKind.FATAL, ErrorType.CONNECTION, code, message, List.of(), null),
                null);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    static String stripSlash(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
