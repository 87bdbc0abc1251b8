package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.ApiLimits;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One HTTP exchange with HubSpot: build, send, report, parse, classify. No retries here. */
final class HttpExchange {

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final JsonMapper json;
    private final String baseUrl;
    private final CallReporter reporter;
    private volatile boolean answered;
    private volatile ApiLimits lastDaily;

    HttpExchange(OkHttpClient http, JsonMapper json, String baseUrl, CallReporter reporter) {
        this.http = http;
        this.json = json;
        this.baseUrl = baseUrl;
        this.reporter = reporter;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Whether any response came back yet. */
    boolean answered() {
        return answered;
    }

    /** The daily figures of the last response that carried them, or null. */
    ApiLimits lastDaily() {
        return lastDaily;
    }

    JsonNode send(ApiRequest request, String token) {
        HttpUrl.Builder url = HttpUrl.get(baseUrl + request.path()).newBuilder();
        request.query()
                .forEach((name, values) -> values.forEach(v -> url.addQueryParameter(name, v)));
        RequestBody body =
                request.body() == null
                        ? ("GET".equals(request.method()) ? null : RequestBody.create(new byte[0]))
                        : RequestBody.create(json.writeValueAsBytes(request.body()), JSON_TYPE);
        Request.Builder builder =
                new Request.Builder()
                        .url(url.build())
                        .method(request.method(), body)
                        .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return execute(builder.build(), request.objectType(), request.operation());
    }

    JsonNode postForm(String url, RequestBody form, String operation) {
        return execute(new Request.Builder().url(url).post(form).build(), null, operation);
    }

    private JsonNode execute(Request request, String objectType, String operation) {
        Instant at = reporter.clock().instant();
        long start = System.nanoTime();
        int status = 0;
        boolean reported = false;
        RateLimitHeaders limits = RateLimitHeaders.NONE;
        try (Response response = http.newCall(request).execute()) {
            status = response.code();
            limits = RateLimitHeaders.of(response::header);
            remember(limits, at);
            String text = response.body().string();
            report(objectType, operation, status, at, start, limits);
            reported = true;
            JsonNode parsed = parse(text, status);
            if (status >= 200 && status < 300) {
                return parsed;
            }
            throw new HubSpotCallException(
                    ErrorClassifier.callFailure(status, parsed, limits.retryAfter()),
                    status,
                    status >= 500,
                    null);
        } catch (IOException e) {
            if (!reported) {
                report(objectType, operation, 0, at, start, limits);
            }
            throw new HubSpotCallException(
                    retryable("IO_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage()),
                    status,
                    !(e instanceof ConnectException),
                    e);
        }
    }

    private void remember(RateLimitHeaders limits, Instant at) {
        answered = true;
        if (limits.dailyLimit() != null) {
            lastDaily = new ApiLimits(limits.dailyLimit(), limits.dailyRemaining(), at);
        }
    }

    private JsonNode parse(String text, int status) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            if (status >= 200 && status < 300) {
                throw new HubSpotCallException(
                        retryable("MALFORMED_RESPONSE", "HubSpot answered unreadable JSON"),
                        status,
                        true,
                        e);
            }
            return null;
        }
    }

    private void report(
            String objectType,
            String operation,
            int status,
            Instant at,
            long start,
            RateLimitHeaders limits) {
        reporter.report(
                objectType,
                operation,
                status,
                at,
                Duration.ofNanos(System.nanoTime() - start),
                limits.dailyUsed(),
                limits.dailyLimit());
    }

    private static SyncFailure retryable(String code, String message) {
        return new SyncFailure(
                FailureKind.RETRYABLE, ErrorType.CONNECTION, code, message, List.of(), null);
    }
}
