package io.crmsync.connector.salesforce;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connector.salesforce.internal.SalesforceTuning;
import io.crmsync.spi.ApiCall;
import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmConnector;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import tools.jackson.databind.json.JsonMapper;

/** A {@link MockWebServer} playing a Salesforce org, and connectors pointed at it. */
final class MockSalesforce implements AutoCloseable {

    final MockWebServer server = new MockWebServer();
    final List<ApiCall> calls = new CopyOnWriteArrayList<>();

    MockSalesforce() throws IOException {
        server.start();
    }

    String url() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    CrmConnector connector(AuthFlow flow, Clock clock, Duration safetyLag) {
        var tuning =
                new SalesforceTuning(
                        Duration.ofSeconds(5),
                        2,
                        Duration.ofMillis(1),
                        Duration.ofMillis(5),
                        safetyLag,
                        Duration.ofMinutes(10));
        var settings =
                new ConnectionSettings(
                        ExternalSystem.SALESFORCE,
                        false,
                        flow,
                        url(),
                        null,
                        "client-id",
                        "client-secret",
                        "refresh-token",
                        null);
        return new SalesforceConnectorFactory(
                        clock,
                        JsonMapper.builder().build(),
                        () -> List.of(calls::add),
                        () -> CallBudget.UNLIMITED,
                        tuning)
                .connect(settings);
    }

    CrmConnector connector() {
        return connector(AuthFlow.SALESFORCE_CLIENT_CREDENTIALS, Clock.systemUTC(), Duration.ZERO);
    }

    void token() {
        json(
                200,
                "{\"access_token\":\"00Dxx!token\",\"instance_url\":\""
                        + url()
                        + "\",\"id\":\""
                        + url()
                        + "/id/00Dxx0000001gPLEAY/005xx000001SwiUAAS\",\"token_type\":\"Bearer\","
                        + "\"issued_at\":\"1278448384422\",\"signature\":\"x\"}");
    }

    void json(int status, String body) {
        server.enqueue(
                new MockResponse.Builder()
                        .code(status)
                        .setHeader("Content-Type", "application/json;charset=UTF-8")
                        .setHeader("Sforce-Limit-Info", "api-usage=51/100000")
                        .body(body)
                        .build());
    }

    void raw(int status, String contentType, String body) {
        server.enqueue(
                new MockResponse.Builder()
                        .code(status)
                        .setHeader("Content-Type", contentType)
                        .body(body)
                        .build());
    }

    @Override
    public void close() {
        server.close();
    }
}
