package io.crmsync.connector.salesforce;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connector.salesforce.internal.SalesforceTuning;
import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.salesforce.SalesforceSandbox;
import io.crmsync.spi.ApiCall;
import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.RecordWrite;
import io.crmsync.testsupport.SandboxTestServer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;

/** Connectors to the Salesforce sandbox over HTTP, with every API call they make recorded. */
final class SalesforceSandboxSupport {

    static final String CLIENT_ID = "crmsync-sandbox-client";
    static final String CLIENT_SECRET = "crmsync-sandbox-secret";

    /** Short waits and no safety lag, so that tests see their own writes at once. */
    static final SalesforceTuning FAST =
            new SalesforceTuning(
                    Duration.ofSeconds(2),
                    10,
                    Duration.ofMillis(10),
                    Duration.ofMillis(100),
                    Duration.ZERO,
                    Duration.ofMinutes(10));

    final List<ApiCall> calls = new CopyOnWriteArrayList<>();
    final String tag = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    CrmConnector connector() {
        return connector(CallBudget.UNLIMITED, CLIENT_SECRET);
    }

    CrmConnector connector(CallBudget budget, String secret) {
        var settings =
                new ConnectionSettings(
                        ExternalSystem.SALESFORCE,
                        true,
                        AuthFlow.SALESFORCE_CLIENT_CREDENTIALS,
                        SandboxTestServer.salesforceUrl(),
                        null,
                        CLIENT_ID,
                        secret,
                        null,
                        null);
        return new SalesforceConnectorFactory(
                        Clock.systemUTC(),
                        JsonMapper.builder().build(),
                        () -> List.of(calls::add),
                        () -> budget,
                        FAST)
                .connect(settings);
    }

    long count(String operation) {
        return calls.stream().filter(call -> operation.equals(call.operation())).count();
    }

    static FaultPlan faults() {
        return SandboxTestServer.context().getBean(FaultPlan.class);
    }

    static SalesforceSandbox sandbox() {
        return SandboxTestServer.context().getBean(SalesforceSandbox.class);
    }

    /** {@code n} new contacts named after this test's tag, referenced {@code r0, r1, ...}. */
    List<RecordWrite> contacts(int n) {
        List<RecordWrite> writes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("LastName", tag + "-" + i);
            fields.put("Email", email(i));
            writes.add(new RecordWrite("r" + i, null, null, fields));
        }
        return writes;
    }

    String email(int i) {
        return tag.toLowerCase() + "." + i + "@example.com";
    }
}
