package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.connector.hubspot.internal.HubSpotOptions;
import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.FaultSettings;
import io.crmsync.sandbox.hubspot.HubSpotSandbox;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.SandboxTestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HubSpot connector under the sandbox's injected faults. */
class HubSpotConnectorFaultsIT {

    private static final String HUBSPOT = "hubspot";

    private final CallLog calls = new CallLog();
    private final MutableClock clock = new MutableClock(Instant.now());
    private FaultPlan faults;
    private HubSpotSandbox sandbox;
    private String domain;

    @BeforeEach
    void setUp() {
        faults = SandboxTestServer.context().getBean(FaultPlan.class);
        sandbox = SandboxTestServer.context().getBean(HubSpotSandbox.class);
        domain = UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    }

    @AfterEach
    void noMoreFaults() {
        faults.clear(HUBSPOT);
    }

    @Test
    void aStormOf429sAnd5xxIsRetriedWithoutCreatingAnyContactTwice() {
        faults.set(HUBSPOT, FaultPlan.ALL_ENDPOINTS, storm(0.3, 0.25, 0.25, 0));
        CrmConnector connector = connector(TestConnectors.FAST, CallBudget.UNLIMITED);
        List<WriteResult> results = new ArrayList<>();
        int rounds = 0;
        // Faults are rolled at random: write until the storm has shown both kinds.
        while (rounds < 30 && !(answered(429) && (answered(500) || answered(503)))) {
            results.addAll(
                    connector.write(
                            "contacts",
                            WriteOperation.CREATE,
                            TestConnectors.contacts("r" + rounds + "." + domain, 100)));
            rounds++;
        }
        faults.clear(HUBSPOT);

        assertThat(answered(429)).isTrue();
        assertThat(answered(500) || answered(503)).isTrue();
        assertThat(results).hasSize(100 * rounds).allMatch(WriteResult::succeeded);
        assertThat(results).extracting(WriteResult::id).doesNotHaveDuplicates();
        assertThat(sandbox.records("contacts", 0, 0, domain).total()).isEqualTo(100 * rounds);
    }

    @Test
    void malformedJsonIsRetryable() {
        faults.set(HUBSPOT, "/crm/v3/objects/contacts/batch/read", storm(0, 0, 0, 1.0));
        CrmConnector connector =
                connector(
                        TestConnectors.FAST.withRetries(
                                3, Duration.ofMillis(1), Duration.ofMillis(5)),
                        CallBudget.UNLIMITED);

        assertThatThrownBy(() -> connector.readByIds("contacts", List.of("1"), List.of()))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> {
                            assertThat(e.failure().kind()).isEqualTo(FailureKind.RETRYABLE);
                            assertThat(e.failure().code()).isEqualTo("MALFORMED_RESPONSE");
                        });
        assertThat(calls.count("batch-read")).isEqualTo(3);
    }

    @Test
    void noRetryWhenTheBudgetSaysNo() {
        faults.set(HUBSPOT, FaultPlan.ALL_ENDPOINTS, storm(0, 1.0, 0, 0));
        CrmConnector connector = connector(TestConnectors.FAST, system -> false);

        assertThatThrownBy(() -> connector.readByIds("contacts", List.of("1"), List.of()))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.RETRYABLE));
        assertThat(calls.calls()).hasSize(1);
    }

    @Test
    void aCreateWhoseOutcomeIsUnknownIsNotSentAgainWithoutAKeyToCheck() {
        faults.set(HUBSPOT, "/crm/v3/objects/contacts/batch/create", storm(0, 1.0, 0, 0));
        CrmConnector connector = connector(TestConnectors.FAST, CallBudget.UNLIMITED);
        var keyless =
                TestConnectors.contacts(domain, 2).stream()
                        .map(
                                w ->
                                        new io.crmsync.spi.RecordWrite(
                                                w.reference(), null, null, w.fields()))
                        .toList();

        assertThatThrownBy(() -> connector.write("contacts", WriteOperation.CREATE, keyless))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.failure().code()).isEqualTo("CREATE_OUTCOME_UNKNOWN"));
        assertThat(calls.count("batch-create")).isEqualTo(1);
    }

    private boolean answered(int status) {
        return calls.calls().stream().anyMatch(c -> c.status() == status);
    }

    private CrmConnector connector(HubSpotOptions options, CallBudget budget) {
        return TestConnectors.factory(clock, options, budget, calls)
                .connect(TestConnectors.privateApp(SandboxTestServer.hubspotUrl()));
    }

    private static FaultSettings storm(
            double rate429, double rate500, double rate503, double malformed) {
        return new FaultSettings(0, 0, rate429, rate500, rate503, 0, 30_000, malformed, 0, false);
    }
}
