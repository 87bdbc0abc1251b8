package io.crmsync.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard in docs/grafana queries only metrics crmsync exposes ({@link MetricNames}, which
 * MetricsIT checks against a real scrape), through its Prometheus data source variable.
 */
class GrafanaDashboardTest {

    private static final Pattern METRIC = Pattern.compile("crmsync_[a-z_]+");

    private final JsonNode dashboard =
            JsonMapper.builder()
                    .build()
                    .readTree(read(Path.of("docs/grafana/crmsync-dashboard.json")));

    @Test
    void everyMetricTheDashboardQueriesIsOneTheAppExposes() {
        Set<String> queried = new TreeSet<>();
        for (String expr : expressions()) {
            Matcher names = METRIC.matcher(expr);
            while (names.find()) {
                queried.add(names.group());
            }
        }

        assertThat(queried).isNotEmpty().isSubsetOf(MetricNames.ALL);
        assertThat(queried)
                .contains(
                        MetricNames.API_CALLS,
                        MetricNames.RECORDS_SYNCED,
                        MetricNames.SYNC_LAG + "_bucket",
                        MetricNames.QUEUE_DEPTH,
                        MetricNames.QUEUE_OLDEST_AGE,
                        MetricNames.ERRORS_OPEN,
                        MetricNames.SUSPENDED);
    }

    @Test
    void everyPanelReadsThePrometheusDataSourceTheViewerPicks() {
        JsonNode variable = dashboard.path("templating").path("list").get(0);
        assertThat(variable.path("type").asString()).isEqualTo("datasource");
        assertThat(variable.path("query").asString()).isEqualTo("prometheus");
        String uid = "${" + variable.path("name").asString() + "}";

        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("datasource").path("uid").asString())
                    .as(panel.path("title").asString())
                    .isEqualTo(uid);
            assertThat(panel.path("targets")).as(panel.path("title").asString()).isNotEmpty();
        }
    }

    private List<String> expressions() {
        List<String> exprs = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                exprs.add(target.path("expr").asString());
            }
        }
        return exprs;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
