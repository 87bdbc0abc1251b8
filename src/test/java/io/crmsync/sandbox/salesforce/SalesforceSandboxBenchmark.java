package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Records per second through {@code /composite/sobjects}, 200 records per request, creates then
 * updates, with fault injection off. Prints the figures; run with {@code ./mvnw -o verify
 * -Pbenchmark -Dit.test=SalesforceSandboxBenchmark}.
 */
class SalesforceSandboxBenchmark {

    private static final int REQUESTS = 100;
    private static final int CLIENTS = 4;

    private final SfHttp sf = new SfHttp();

    @Test
    void collectionWritesPerSecond() throws Exception {
        sf.admin("PATCH", "/settings", Map.of("dailyApiLimit", 100_000_000));
        run("warm-up create", 10, i -> create(i));
        List<String> ids = new ArrayList<>();
        double creates =
                run(
                        "create",
                        REQUESTS,
                        i -> {
                            var response = create(i);
                            synchronized (ids) {
                                response.json()
                                        .valueStream()
                                        .forEach(r -> ids.add(r.get("id").asString()));
                            }
                            return response;
                        });
        double updates =
                run(
                        "update",
                        REQUESTS,
                        i -> {
                            List<Map<String, Object>> records = new ArrayList<>();
                            for (int j = 0; j < 200; j++) {
                                records.add(
                                        Map.of(
                                                "attributes",
                                                Map.of("type", "Contact"),
                                                "id",
                                                ids.get(i * 200 + j),
                                                "Title",
                                                "Updated " + i));
                            }
                            return sf.call(
                                    "PATCH",
                                    SfHttp.VERSION + "/composite/sobjects",
                                    Map.of("allOrNone", false, "records", records));
                        });
        System.out.printf(
                "Salesforce sandbox: %.0f records/s created, %.0f records/s updated"
                        + " (%d requests of 200, %d clients, %d cores)%n",
                creates, updates, REQUESTS, CLIENTS, Runtime.getRuntime().availableProcessors());
        assertThat(ids).hasSize(REQUESTS * 200);
    }

    private SfHttp.Response create(int i) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int j = 0; j < 200; j++) {
            records.add(
                    Map.of(
                            "attributes",
                            Map.of("type", "Contact"),
                            "LastName",
                            "Bench" + i,
                            "FirstName",
                            "P" + j,
                            "Email",
                            "bench" + i + "." + j + "@example.com"));
        }
        return sf.call(
                "POST",
                SfHttp.VERSION + "/composite/sobjects",
                Map.of("allOrNone", false, "records", records));
    }

    private interface Call {
        SfHttp.Response call(int index);
    }

    private double run(String name, int requests, Call call) throws Exception {
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<SfHttp.Response>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int index = i;
                futures.add(pool.submit(() -> call.call(index)));
            }
            for (Future<SfHttp.Response> future : futures) {
                assertThat(future.get().status()).as(name).isEqualTo(200);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return requests * 200 / seconds;
    }
}
