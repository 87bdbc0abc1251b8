package io.crmsync.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.ApiCall;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * API calls per 1,000 records written and read against the theoretical minimum, and the connector's
 * own time per record (wall time minus time spent in HTTP calls), against the sandbox with latency
 * injection off. Prints one line per operation; asserts only the call counts.
 */
class SalesforceConnectorBenchmark {

    private static final int N = 1_000;

    private final SalesforceSandboxSupport support = new SalesforceSandboxSupport();
    private final CrmConnector connector = support.connector();

    @Test
    void callsAndOverheadPerThousandRecords() {
        connector.identity();
        var start = new ChangeCursor(Instant.now().minusMillis(1), "");

        List<WriteResult> created =
                measure(
                        "create",
                        () ->
                                connector.write(
                                        "Contact", WriteOperation.CREATE, support.contacts(N)),
                        5);
        assertThat(created).allMatch(WriteResult::succeeded);
        List<RecordWrite> updates =
                created.stream()
                        .map(
                                r ->
                                        new RecordWrite(
                                                r.reference(),
                                                r.id(),
                                                null,
                                                Map.<String, Object>of("Title", "T")))
                        .toList();
        measure("update", () -> connector.write("Contact", WriteOperation.UPDATE, updates), 5);
        var page =
                measure(
                        "readChanges",
                        () ->
                                connector.readChanges(
                                        "Contact", start, List.of("LastName", "Email"), N),
                        1);
        assertThat(page.records()).hasSize(N);
        List<String> ids = created.stream().map(WriteResult::id).toList();
        measure(
                "readByIds",
                () -> connector.readByIds("Contact", ids, List.of("LastName", "Email")),
                5);
    }

    private <T> T measure(String operation, Supplier<T> work, int minimumCalls) {
        support.calls.clear();
        long begin = System.nanoTime();
        T result = work.get();
        Duration wall = Duration.ofNanos(System.nanoTime() - begin);
        Duration http =
                support.calls.stream().map(ApiCall::elapsed).reduce(Duration.ZERO, Duration::plus);
        System.out.printf(
                "Salesforce connector %s of %d records: %d calls (minimum %d), wall %d ms, in HTTP %d ms, "
                        + "connector overhead %.1f µs/record%n",
                operation,
                N,
                support.calls.size(),
                minimumCalls,
                wall.toMillis(),
                http.toMillis(),
                (wall.toNanos() - http.toNanos()) / 1_000.0 / N);
        assertThat(support.calls).hasSize(minimumCalls);
        return result;
    }
}
