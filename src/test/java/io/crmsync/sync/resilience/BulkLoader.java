package io.crmsync.sync.resilience;

import io.crmsync.sandbox.SandboxConnections;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the sandboxes quickly through their public batch APIs (200 Salesforce records or 100
 * HubSpot contacts a request, a few requests at once), for benchmarks that need many records.
 */
final class BulkLoader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CLIENTS = 4;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String salesforceUrl;
    private final String hubSpotUrl;
    private String salesforceToken;

    BulkLoader(SyncRig rig) {
        this.salesforceUrl = rig.sandboxUrl + "/salesforce";
        this.hubSpotUrl = rig.sandboxUrl + "/hubspot";
    }

    /**
     * Creates {@code n} Salesforce contacts; {@code fields.apply(i)} gives the i-th one's values.
     */
    void salesforceContacts(int n, IntFunction<Map<String, Object>> fields) {
        run(
                (n + 199) / 200,
                batch -> {
                    List<Map<String, Object>> records = new ArrayList<>();
                    for (int i = batch * 200; i < Math.min(n, batch * 200 + 200); i++) {
                        Map<String, Object> record = new java.util.LinkedHashMap<>(fields.apply(i));
                        record.put("attributes", Map.of("type", "Contact"));
                        records.add(record);
                    }
                    return send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    salesforceUrl
                                                            + "/services/data/v62.0/composite/sobjects"))
                                    .header("Authorization", "Bearer " + salesforceToken())
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    JSON.writeValueAsString(
                                                            Map.of(
                                                                    "allOrNone",
                                                                    false,
                                                                    "records",
                                                                    records)))));
                });
    }

    /** Creates {@code n} HubSpot contacts; {@code properties.apply(i)} gives the i-th one's. */
    void hubSpotContacts(int n, IntFunction<Map<String, Object>> properties) {
        run(
                (n + 99) / 100,
                batch -> {
                    List<Map<String, Object>> inputs = new ArrayList<>();
                    for (int i = batch * 100; i < Math.min(n, batch * 100 + 100); i++) {
                        inputs.add(Map.of("properties", properties.apply(i)));
                    }
                    return send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    hubSpotUrl
                                                            + "/crm/v3/objects/contacts/batch/create"))
                                    .header(
                                            "Authorization",
                                            "Bearer " + SandboxConnections.HUBSPOT_TOKEN)
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    JSON.writeValueAsString(
                                                            Map.of("inputs", inputs)))));
                });
    }

    private synchronized String salesforceToken() {
        if (salesforceToken == null) {
            String form =
                    "grant_type=client_credentials&client_id="
                            + URLEncoder.encode(
                                    SandboxConnections.CLIENT_ID, StandardCharsets.UTF_8)
                            + "&client_secret="
                            + URLEncoder.encode(
                                    SandboxConnections.CLIENT_SECRET, StandardCharsets.UTF_8);
            HttpResponse<String> response =
                    send(
                            HttpRequest.newBuilder(
                                            URI.create(salesforceUrl + "/services/oauth2/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            salesforceToken = JSON.readTree(response.body()).get("access_token").asString();
        }
        return salesforceToken;
    }

    private void run(int requests, IntFunction<HttpResponse<String>> call) {
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int index = i;
                futures.add(pool.submit(() -> call.apply(index)));
            }
            for (Future<HttpResponse<String>> future : futures) {
                HttpResponse<String> response = future.get();
                if (response.statusCode() >= 300) {
                    throw new IllegalStateException(response.statusCode() + ": " + response.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
