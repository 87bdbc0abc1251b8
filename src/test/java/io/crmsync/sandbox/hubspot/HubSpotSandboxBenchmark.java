package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Records per second through batch create and batch update (100 inputs per request) over HTTP, with
 * an unlimited token and no injected latency. Run with {@code ./mvnw -o verify -Pbenchmark
 * -Dit.test=HubSpotSandboxBenchmark}; it prints its figures and asserts only that every request
 * succeeded.
 */
class HubSpotSandboxBenchmark {

    private static final int CLIENTS = 4;
    private static final int REQUESTS = 300;
    private static final int BATCH = 100;

    private final HubSpotHttp api = HubSpotHttp.unlimited();

    @Test
    void batchCreateAndBatchUpdateThroughput() throws Exception {
        measure("warm-up", 40, i -> createBody(-1 - i));
        List<String> ids = new ArrayList<>();
        double created = measure("batch create", REQUESTS, i -> createBody(i), ids);
        double updated = measure("batch update", REQUESTS, i -> updateBody(ids, i));
        System.out.printf(
                "HubSpot sandbox benchmark: batch create %.0f records/s, batch update %.0f records/s"
                        + " (%d clients, %d requests of %d)%n",
                created, updated, CLIENTS, REQUESTS, BATCH);
    }

    private Map<String, Object> createBody(int request) {
        List<Object> inputs = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            inputs.add(
                    Map.of(
                            "properties",
                            Map.of(
                                    "email",
                                    "bench."
                                            + request
                                            + "."
                                            + i
                                            + "."
                                            + System.nanoTime()
                                            + "@example.com",
                                    "firstname",
                                    "Bench",
                                    "lastname",
                                    "R" + i,
                                    "lifecyclestage",
                                    "lead")));
        }
        return Map.of("inputs", inputs);
    }

    private static Map<String, Object> updateBody(List<String> ids, int request) {
        List<Object> inputs = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            inputs.add(
                    Map.of(
                            "id",
                            ids.get(request * BATCH + i),
                            "properties",
                            Map.of("jobtitle", "Title " + request)));
        }
        return Map.of("inputs", inputs);
    }

    private double measure(String name, int requests, IntFunction<Map<String, Object>> body)
            throws Exception {
        return measure(name, requests, body, null);
    }

    private double measure(
            String name, int requests, IntFunction<Map<String, Object>> body, List<String> ids)
            throws Exception {
        String path =
                name.contains("update")
                        ? "/crm/v3/objects/contacts/batch/update"
                        : "/crm/v3/objects/contacts/batch/create";
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            bodies.add(body.apply(i));
        }
        long started = System.nanoTime();
        List<Future<HubSpotHttp.Response>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            for (Map<String, Object> b : bodies) {
                responses.add(pool.submit(() -> api.post(path, b)));
            }
            for (Future<HubSpotHttp.Response> response : responses) {
                HubSpotHttp.Response r = response.get();
                assertThat(r.status()).as(r.text()).isIn(200, 201);
                if (ids != null) {
                    r.results().forEach(result -> ids.add((String) result.get("id")));
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return requests * BATCH / seconds;
    }
}
