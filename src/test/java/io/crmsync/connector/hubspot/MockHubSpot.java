package io.crmsync.connector.hubspot;

import io.crmsync.spi.CallBudget;
import io.crmsync.spi.CrmConnector;
import io.crmsync.testsupport.MutableClock;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A scripted HubSpot on a {@link MockWebServer}, and a private-app connector pointed at it. */
final class MockHubSpot implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final MockWebServer server = new MockWebServer();
    final CallLog calls = new CallLog();
    final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

    MockHubSpot() throws IOException {
        server.start();
    }

    CrmConnector connector() {
        return connector(CallBudget.UNLIMITED);
    }

    CrmConnector connector(CallBudget budget) {
        return TestConnectors.factory(clock, TestConnectors.FAST, budget, calls)
                .connect(TestConnectors.privateApp(server.url("/").toString()));
    }

    String url() {
        return server.url("/").toString();
    }

    void answer(int status, String body) {
        server.enqueue(
                new MockResponse.Builder()
                        .code(status)
                        .addHeader("Content-Type", "application/json;charset=utf-8")
                        .body(body)
                        .build());
    }

    void answer(MockResponse response) {
        server.enqueue(response);
    }

    RecordedRequest request() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    static JsonNode body(RecordedRequest request) {
        return JSON.readTree(request.getBody().utf8());
    }

    @Override
    public void close() {
        server.close();
    }
}
