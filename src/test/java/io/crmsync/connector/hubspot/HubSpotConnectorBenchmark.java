package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connector.hubspot.internal.HubSpotOptions;
import io.crmsync.sandbox.hubspot.HubSpotSandbox;
import io.crmsync.sandbox.hubspot.RateLimits;
import io.crmsync.spi.ApiCall;
import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.SandboxTestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API calls per 1,000 records written and read against the theoretical minimum, and the time the
 * connector spends per record outside HTTP calls, against the sandbox with no injected latency. Run
 * with {@code ./mvnw -o verify -Pbenchmark -Dit.test=HubSpotConnectorBenchmark}.
 */
class HubSpotConnectorBenchmark {

    private static final int RECORDS = 1_000;
    private static final int ROUNDS = 3;

    /** The token has no limits, so the client-side limiters are opened wide too. */
    private static final HubSpotOptions UNPACED =
            new HubSpotOptions(
                    1_000_000,
                    100_000,
                    Duration.ofSeconds(30),
                    3,
                    Duration.ofMillis(1),
                    Duration.ofMillis(20),
                    Duration.ZERO,
                    Duration.ZERO,
                    Duration.ofMinutes(10),
                    Duration.ofSeconds(30));

    @Test
    void callsAndOverheadPerThousandRecords() {
        HubSpotSandbox sandbox = SandboxTestServer.context().getBean(HubSpotSandbox.class);
        sandbox.setSearchVisibilityDelay(Duration.ZERO);
        String token = sandbox.issuePrivateAppToken(RateLimits.UNLIMITED);
        for (int round = 1; round <= ROUNDS; round++) {
            CallLog calls = new CallLog();
            CrmConnector connector =
                    TestConnectors.factory(
                                    new MutableClock(Instant.now().plus(Duration.ofDays(1))),
                                    UNPACED,
                                    CallBudget.UNLIMITED,
                                    calls)
                            .connect(settings(token));
            String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.com";

            long writeStart = System.nanoTime();
            List<WriteResult> written =
                    connector.write(
                            "contacts",
                            WriteOperation.CREATE,
                            TestConnectors.contacts(domain, RECORDS));
            long writeNanos = System.nanoTime() - writeStart;
            long writeCalls = calls.count("batch-create");
            long writeHttp = httpNanos(calls);
            ChangeCursor start = justBefore(connector, written);
            calls.clear();

            long readStart = System.nanoTime();
            var page =
                    connector.readChanges(
                            "contacts", start, List.of("email", "firstname"), RECORDS);
            long readNanos = System.nanoTime() - readStart;

            assertThat(written).allMatch(WriteResult::succeeded);
            assertThat(page.records()).hasSizeGreaterThanOrEqualTo(RECORDS);
            System.out.printf(
                    "HubSpot connector benchmark round %d: write %d records in %d calls (minimum %d),"
                            + " overhead %.1f µs/record; read %d changes in %d search calls (minimum %d)"
                            + " + %d archived-list calls, overhead %.1f µs/record%n",
                    round,
                    RECORDS,
                    writeCalls,
                    (RECORDS + 99) / 100,
                    (writeNanos - writeHttp) / 1_000.0 / RECORDS,
                    page.records().size(),
                    calls.count("search"),
                    (RECORDS + 199) / 200,
                    calls.count("list-archived"),
                    (readNanos - httpNanos(calls)) / 1_000.0 / RECORDS);
        }
    }

    private static long httpNanos(CallLog calls) {
        return calls.calls().stream().map(ApiCall::elapsed).mapToLong(Duration::toNanos).sum();
    }

    private static ChangeCursor justBefore(CrmConnector connector, List<WriteResult> written) {
        Instant first =
                connector
                        .readByIds(
                                "contacts",
                                written.stream().map(WriteResult::id).toList(),
                                List.of("lastmodifieddate"))
                        .stream()
                        .map(CrmRecord::modifiedAt)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
        return new ChangeCursor(first.minusMillis(1), "");
    }

    private static ConnectionSettings settings(String token) {
        return new ConnectionSettings(
                ExternalSystem.HUBSPOT,
                true,
                AuthFlow.HUBSPOT_PRIVATE_APP,
                SandboxTestServer.hubspotUrl(),
                null,
                null,
                null,
                null,
                token);
    }
}
