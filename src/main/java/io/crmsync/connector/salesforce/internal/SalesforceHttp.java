package io.crmsync.connector.salesforce.internal;

import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.SyncFailure;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way the connector calls the REST API: bearer token (refreshed once on 401), the crmsync
 * client tag on writes, usage reporting, classification of failures, and retries with exponential
 * backoff and jitter, honouring Retry-After, and only while the API budget allows. Calls marked not
 * retryable (creates) are tried once; only an expired token is retried for them, since Salesforce
 * refuses such a request before saving anything.
 */
final class SalesforceHttp {

    static final String VERSION = "v62.0";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final SalesforceAuth auth;
    private final OkHttpClient http;
    private final JsonMapper json;
    private final CallReporter reporter;
    private final Bulkhead bulkhead;
    private final Retry retry;

    SalesforceHttp(
            SalesforceAuth auth,
            OkHttpClient http,
            JsonMapper json,
            CallReporter reporter,
            CallBudget budget,
            Bulkhead bulkhead,
            SalesforceTuning tuning) {
        this.auth = auth;
        this.http = http;
        this.json = json;
        this.reporter = reporter;
        this.bulkhead = bulkhead;
        this.retry = Retries.policy(budget, tuning);
    }

    Session session() {
        return auth.session();
    }

    /** Makes the call; returns the parsed body, or null when there is none. */
    JsonNode execute(SfCall call) {
        Supplier<JsonNode> attempt = () -> withAuth(call);
        Supplier<JsonNode> retried =
                call.retryable() ? Retry.decorateSupplier(retry, attempt) : attempt;
        if (!call.longRunning()) {
            return retried.get();
        }
        try {
            return Bulkhead.decorateSupplier(bulkhead, retried).get();
        } catch (BulkheadFullException e) {
            throw new ConnectorException(
                    ErrorClassifier.transport("CONCURRENCY_LIMIT", e.getMessage()), e);
        }
    }

    private JsonNode withAuth(SfCall call) {
        Session session = auth.session();
        Reply reply = send(call, session);
        if (reply.status() == 401) {
            reply = send(call, auth.refresh(session));
        }
        if (reply.status() >= 200 && reply.status() < 300) {
            return parse(reply.body());
        }
        throw new ConnectorException(failure(reply), null);
    }

    private record Reply(int status, String body, String retryAfter) {}

    private Reply send(SfCall call, Session session) {
        String url = url(session, call.path());
        RequestBody body =
                call.body() == null
                        ? (call.isWrite() && !"DELETE".equals(call.method())
                                ? RequestBody.create("", JSON)
                                : null)
                        : RequestBody.create(json.writeValueAsString(call.body()), JSON);
        Request.Builder request =
                new Request.Builder()
                        .url(url)
                        .method(call.method(), body)
                        .header("Authorization", "Bearer " + session.accessToken())
                        .header("Accept", "application/json");
        if (call.isWrite()) {
            request.header("Sforce-Call-Options", "client=crmsync");
        }
        if (call.queryOptions() != null) {
            request.header("Sforce-Query-Options", call.queryOptions());
        }
        Instant start = reporter.now();
        long nanos = System.nanoTime();
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body().string();
            reporter.report(
                    call.objectType(),
                    call.operation(),
                    response.code(),
                    start,
                    nanos,
                    response.header("Sforce-Limit-Info"));
            return new Reply(response.code(), text, response.header("Retry-After"));
        } catch (IOException e) {
            reporter.report(call.objectType(), call.operation(), 0, start, nanos, null);
            throw new ConnectorException(ErrorClassifier.transport("IO_ERROR", e.toString()), e);
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new ConnectorException(
                    ErrorClassifier.transport("MALFORMED_RESPONSE", e.getOriginalMessage()), e);
        }
    }

    /** The failure a {@code /composite} subrequest answered with. */
    SyncFailure failureOf(int status, JsonNode body) {
        return failure(new Reply(status, body == null ? "" : body.toString(), null));
    }

    private SyncFailure failure(Reply reply) {
        Duration retryAfter = retryAfter(reply.retryAfter());
        JsonNode first = null;
        try {
            JsonNode node = json.readTree(reply.body());
            first = node != null && node.isArray() && !node.isEmpty() ? node.get(0) : null;
        } catch (JacksonException e) {
            // an HTML error page from a proxy: classified by status alone
        }
        if (first == null) {
            String text = reply.body() == null ? "" : reply.body().strip();
            String message =
                    "HTTP "
                            + reply.status()
                            + (text.isEmpty()
                                    ? ""
                                    : ": " + text.substring(0, Math.min(200, text.length())));
            return ErrorClassifier.call(reply.status(), null, message, null, retryAfter);
        }
        return ErrorClassifier.call(
                reply.status(),
                first.path("errorCode").asString(null),
                first.path("message").asString(""),
                Json.strings(first.path("fields")),
                retryAfter);
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null ? null : Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String url(Session session, String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        int services = path.indexOf("/services/");
        if (services >= 0) {
            return session.instanceUrl() + path.substring(services);
        }
        return session.instanceUrl() + "/services/data/" + VERSION + path;
    }
}
