package io.crmsync.sync.resilience;

import io.crmsync.sandbox.SandboxConnections;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person editing contacts through the CRMs' own REST APIs, with the fault plan on: a failed call
 * is tried again, as a person would click Save again. An edit is a PATCH and may be repeated; a
 * create whose answer was lost is first looked for by its email before it is sent again, so that
 * the workload itself never makes a duplicate. Each edit returns the modification time the CRM gave
 * the record, read back right after it.
 */
final class CrmUser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SOBJECTS = "/services/data/v62.0/sobjects/Contact";
    private static final DateTimeFormatter SALESFORCE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    private static final int ATTEMPTS = 30;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SyncRig rig;
    private final String salesforceUrl;
    private final String hubSpotUrl;
    private final AtomicLong retries = new AtomicLong();
    private volatile String salesforceToken;

    CrmUser(SyncRig rig) {
        this.rig = rig;
        this.salesforceUrl = rig.sandboxUrl + "/salesforce";
        this.hubSpotUrl = rig.sandboxUrl + "/hubspot";
    }

    /** Calls that failed (a fault, a lost answer) and were tried again. */
    long retries() {
        return retries.get();
    }

    /** Sets Salesforce contact fields; the record's {@code LastModifiedDate} afterwards. */
    Instant editSalesforce(String id, Map<String, String> values) {
        retry(
                () ->
                        salesforce(
                                HttpRequest.newBuilder(
                                                URI.create(salesforceUrl + SOBJECTS + "/" + id))
                                        .method("PATCH", body(values))));
        HttpResponse<String> read =
                retry(
                        () ->
                                salesforce(
                                        HttpRequest.newBuilder(
                                                        URI.create(
                                                                salesforceUrl
                                                                        + SOBJECTS
                                                                        + "/"
                                                                        + id
                                                                        + "?fields=LastModifiedDate"))
                                                .GET()));
        return SALESFORCE_TIME.parse(
                JSON.readTree(read.body()).get("LastModifiedDate").asString(), Instant::from);
    }

    /** Sets HubSpot contact properties; the record's {@code updatedAt} from the answer. */
    Instant editHubSpot(String id, Map<String, String> properties) {
        HttpResponse<String> response =
                retry(
                        () ->
                                hubSpot(
                                        HttpRequest.newBuilder(
                                                        URI.create(
                                                                hubSpotUrl
                                                                        + "/crm/v3/objects/contacts/"
                                                                        + id))
                                                .method(
                                                        "PATCH",
                                                        body(Map.of("properties", properties)))));
        return Instant.parse(JSON.readTree(response.body()).get("updatedAt").asString());
    }

    /** Creates a Salesforce contact unless one with this email already exists; its id. */
    String createSalesforce(Map<String, String> values) {
        String email = values.get("Email");
        return createOnce(
                () -> salesforceIdByEmail(email),
                () ->
                        salesforce(
                                HttpRequest.newBuilder(URI.create(salesforceUrl + SOBJECTS))
                                        .POST(body(values))),
                r -> JSON.readTree(r.body()).get("id").asString());
    }

    /** Creates a HubSpot contact unless one with this email already exists; its id. */
    String createHubSpot(Map<String, String> properties) {
        String email = properties.get("email");
        return createOnce(
                () -> hubSpotIdByEmail(email),
                () ->
                        hubSpot(
                                HttpRequest.newBuilder(
                                                URI.create(hubSpotUrl + "/crm/v3/objects/contacts"))
                                        .POST(body(Map.of("properties", properties)))),
                r -> JSON.readTree(r.body()).get("id").asString());
    }

    private String createOnce(
            Supplier<Optional<String>> existing,
            Supplier<HttpResponse<String>> create,
            java.util.function.Function<HttpResponse<String>, String> id) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                Optional<String> found = existing.get();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            HttpResponse<String> response = attempt(create);
            if (response != null && response.statusCode() < 300) {
                return id.apply(response);
            }
            retries.incrementAndGet();
            SyncRig.sleep(200L * attempt);
        }
        throw new IllegalStateException("create failed " + ATTEMPTS + " times");
    }

    /** Looks in the sandbox as a person would on its page (not an API call, not faulted). */
    private Optional<String> salesforceIdByEmail(String email) {
        return rig.salesforce().records("Contact", email, 0, 10).stream()
                .filter(r -> email.equalsIgnoreCase(String.valueOf(r.values().get("Email"))))
                .map(r -> r.id())
                .findFirst();
    }

    private Optional<String> hubSpotIdByEmail(String email) {
        return rig.hubSpot().records("contacts", 0, 10, email).records().stream()
                .filter(r -> email.equalsIgnoreCase(r.properties().get("email")))
                .map(r -> r.id())
                .findFirst();
    }

    private HttpResponse<String> retry(Supplier<HttpResponse<String>> call) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpResponse<String> response = attempt(call);
            if (response != null && response.statusCode() < 300) {
                return response;
            }
            if (response != null && response.statusCode() < 429) {
                throw new IllegalStateException(response.statusCode() + ": " + response.body());
            }
            retries.incrementAndGet();
            SyncRig.sleep(200L * attempt);
        }
        throw new IllegalStateException("call failed " + ATTEMPTS + " times");
    }

    /** One call; null when the connection dropped or the body was cut off. */
    private static HttpResponse<String> attempt(Supplier<HttpResponse<String>> call) {
        try {
            HttpResponse<String> response = call.get();
            if (response.statusCode() < 300 && !response.body().isEmpty()) {
                JSON.readTree(response.body()); // a malformed body counts as a failure
            }
            return response;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private HttpResponse<String> salesforce(HttpRequest.Builder request) {
        return send(
                request.header("Authorization", "Bearer " + salesforceToken())
                        .header("Content-Type", "application/json"));
    }

    private HttpResponse<String> hubSpot(HttpRequest.Builder request) {
        return send(
                request.header("Authorization", "Bearer " + SandboxConnections.HUBSPOT_TOKEN)
                        .header("Content-Type", "application/json"));
    }

    private String salesforceToken() {
        if (salesforceToken == null) {
            String form =
                    "grant_type=client_credentials&client_id="
                            + URLEncoder.encode(
                                    SandboxConnections.CLIENT_ID, StandardCharsets.UTF_8)
                            + "&client_secret="
                            + URLEncoder.encode(
                                    SandboxConnections.CLIENT_SECRET, StandardCharsets.UTF_8);
            HttpResponse<String> response =
                    retry(
                            () ->
                                    send(
                                            HttpRequest.newBuilder(
                                                            URI.create(
                                                                    salesforceUrl
                                                                            + "/services/oauth2/token"))
                                                    .header(
                                                            "Content-Type",
                                                            "application/x-www-form-urlencoded")
                                                    .POST(
                                                            HttpRequest.BodyPublishers.ofString(
                                                                    form))));
            salesforceToken = JSON.readTree(response.body()).get("access_token").asString();
        }
        return salesforceToken;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher body(Object value) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(value));
    }
}
