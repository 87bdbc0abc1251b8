package io.crmsync.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.FaultSettings;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Salesforce connector against the sandbox's injected faults. */
class SalesforceConnectorFaultsIT {

    private static final String SYSTEM = "salesforce";
    private static final String COMPOSITE = "/services/data/v62.0/composite";
    private static final String QUERY = "/services/data/v62.0/query";

    private final SalesforceSandboxSupport support = new SalesforceSandboxSupport();
    private final FaultPlan faults = SalesforceSandboxSupport.faults();

    @AfterEach
    void clearFaults() {
        faults.clear(SYSTEM);
    }

    @Test
    void aStormOfServerErrorsAndTimeoutsIsRetriedWithoutDuplicatingAnyRecord() {
        // Two 503s, then two time-outs, then calm: the budget is asked before each retry.
        int[] retries = {0};
        CallBudget stormDriver =
                system -> {
                    retries[0]++;
                    if (retries[0] == 2) {
                        faults.set(SYSTEM, COMPOSITE, storm(0, 1.0));
                    } else if (retries[0] == 4) {
                        faults.clear(SYSTEM);
                    }
                    return true;
                };
        CrmConnector connector =
                support.connector(stormDriver, SalesforceSandboxSupport.CLIENT_SECRET);
        List<RecordWrite> upserts =
                support.contacts(300).stream()
                        .map(
                                w ->
                                        new RecordWrite(
                                                w.reference(),
                                                null,
                                                "HubSpot_Id__c",
                                                Map.of(
                                                        "HubSpot_Id__c",
                                                        support.tag + w.reference(),
                                                        "LastName",
                                                        w.fields().get("LastName"),
                                                        "Email",
                                                        w.fields().get("Email"))))
                        .toList();
        faults.set(SYSTEM, COMPOSITE, storm(1.0, 0));

        List<WriteResult> results = connector.write("Contact", WriteOperation.UPSERT, upserts);

        assertThat(results).hasSize(300).allMatch(WriteResult::succeeded);
        assertThat(support.calls)
                .filteredOn(c -> "collection-upsert".equals(c.operation()))
                .extracting(c -> c.status())
                .containsExactly(503, 503, 0, 0, 200, 200);
        List<String> emails =
                java.util.stream.IntStream.range(0, 300).mapToObj(support::email).toList();
        assertThat(connector.readByKey("Contact", "Email", emails, List.of("Email"))).hasSize(300);
    }

    @Test
    void aMalformedAnswerIsRetryableAndNotRetriedWhenTheBudgetSaysNo() {
        CrmConnector connector =
                support.connector(system -> false, SalesforceSandboxSupport.CLIENT_SECRET);
        connector.identity();
        faults.set(SYSTEM, QUERY, malformed());

        assertThatThrownBy(
                        () ->
                                connector.readByIds(
                                        "Contact",
                                        List.of("003000000000001AAA"),
                                        List.of("LastName")))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> {
                            assertThat(e.failure().kind()).isEqualTo(FailureKind.RETRYABLE);
                            assertThat(e.failure().code()).isEqualTo("MALFORMED_RESPONSE");
                        });
        assertThat(support.count("query")).isEqualTo(1);
    }

    @Test
    void aServerErrorIsRetriedWhileTheBudgetAllows() {
        int[] asked = {0};
        CallBudget twoRetries = system -> ++asked[0] <= 2;
        CrmConnector connector =
                support.connector(twoRetries, SalesforceSandboxSupport.CLIENT_SECRET);
        connector.identity();
        faults.set(SYSTEM, QUERY, storm(1.0, 0));

        assertThatThrownBy(
                        () ->
                                connector.readByIds(
                                        "Contact",
                                        List.of("003000000000001AAA"),
                                        List.of("LastName")))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.RETRYABLE));
        assertThat(support.count("query")).isEqualTo(3);
    }

    @Test
    void aCreateIsNeverRetriedSinceItMayHaveBeenSaved() {
        CrmConnector connector = support.connector();
        connector.identity();
        faults.set(SYSTEM, COMPOSITE, storm(1.0, 0));

        List<WriteResult> results =
                connector.write("Contact", WriteOperation.CREATE, support.contacts(3));

        assertThat(results).extracting(r -> r.failure().kind()).containsOnly(FailureKind.RETRYABLE);
        assertThat(support.count("collection-create")).isEqualTo(1);
    }

    private static FaultSettings storm(double rate503, double timeoutRate) {
        return new FaultSettings(0, 0, 0, 0, rate503, timeoutRate, 2_500, 0, 0, false);
    }

    private static FaultSettings malformed() {
        return new FaultSettings(0, 0, 0, 0, 0, 0, 30_000, 1.0, 0, false);
    }
}
