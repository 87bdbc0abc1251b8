package io.crmsync.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.sync.engine.RecordSyncDriver;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.HttpSession;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** A sync against the sandboxes, then a scrape of /actuator/prometheus as Prometheus would. */
@CrmsyncIntegrationTest
class MetricsIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Connectors connectors;
    @Autowired TestAccounts accounts;

    RecordSyncDriver engine;

    @BeforeEach
    void settled() {
        accounts.ensureAll();
        engine = RecordSyncDriver.of(context);
        engine.reset();
        engine.settle();
    }

    @Test
    void aSyncInBothDirectionsShowsItsCallsRecordsAndLag() {
        Scrape before = scrape();

        write(
                connectors.salesforce(),
                "Contact",
                Map.of("FirstName", "Grace", "LastName", "Hopper", "Email", email("grace")));
        write(
                connectors.hubSpot(),
                "contacts",
                Map.of("firstname", "Alan", "lastname", "Turing", "email", email("alan")));
        engine.settle();
        Scrape after = scrape();

        for (String side : List.of("salesforce", "hubspot")) {
            assertThat(grew(before, after, MetricNames.API_CALLS, "side", side))
                    .as("calls to %s", side)
                    .isPositive();
        }
        for (String direction : List.of("salesforce_to_hubspot", "hubspot_to_salesforce")) {
            assertThat(grew(before, after, MetricNames.RECORDS_SYNCED, "direction", direction))
                    .as("records synced %s", direction)
                    .isGreaterThanOrEqualTo(1);
            assertThat(grew(before, after, MetricNames.SYNC_LAG + "_count", "direction", direction))
                    .as("lags of %s", direction)
                    .isGreaterThanOrEqualTo(1);
        }
        assertThat(after.series(MetricNames.SYNC_LAG + "_bucket"))
                .as("the lag is a histogram with buckets")
                .hasSizeGreaterThan(10);
        assertThat(after.sum(MetricNames.API_CALLS, "outcome", "success")).isPositive();
    }

    @Test
    void everyMeterIsScrapedAndTheStateGaugesHaveASeriesEach() {
        engine.settle();
        @SuppressWarnings("unchecked")
        RecurringTask<Void> poll = context.getBean("syncPollTask", RecurringTask.class);
        double polls = scrape().sum(MetricNames.LOOP_RUNS, "loop", "sync-poll");
        poll.execute(null, null);

        Scrape scrape = scrape();

        assertThat(scrape.names()).containsAll(MetricNames.ALL);
        // the scheduler's own turns may come on top
        assertThat(scrape.sum(MetricNames.LOOP_RUNS, "loop", "sync-poll"))
                .isGreaterThanOrEqualTo(polls + 1);
        assertThat(scrape.series(MetricNames.QUEUE_DEPTH))
                .extracting(s -> s.labels().get("source"))
                .containsExactlyInAnyOrder("salesforce", "hubspot");
        assertThat(scrape.sum(MetricNames.QUEUE_DEPTH)).isGreaterThanOrEqualTo(0);
        assertThat(scrape.series(MetricNames.QUEUE_OLDEST_AGE)).hasSize(2);
        assertThat(scrape.series(MetricNames.ERRORS_OPEN)).hasSize(7);
        assertThat(scrape.series(MetricNames.SUSPENDED)).hasSize(10);
        assertThat(scrape.sum(MetricNames.SUSPENDED)).as("nothing suspends this sync").isZero();
    }

    private Scrape scrape() {
        var response =
                new HttpSession(port)
                        .getWithBasicAuth(
                                "/actuator/prometheus", TestAccounts.ADMIN, TestAccounts.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        return Scrape.of(response.body());
    }

    private static double grew(Scrape before, Scrape after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private static String email(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static void write(
            io.crmsync.spi.CrmConnector crm, String type, Map<String, Object> fields) {
        WriteResult result =
                crm.write(
                                type,
                                WriteOperation.CREATE,
                                List.of(new RecordWrite("r", null, null, fields)))
                        .getFirst();
        assertThat(result.succeeded()).as("%s", result.failure()).isTrue();
    }
}
