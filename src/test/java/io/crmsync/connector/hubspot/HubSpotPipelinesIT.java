package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.Pipeline;
import io.crmsync.spi.PipelineCapable;
import io.crmsync.spi.Stage;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.SandboxTestServer;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HubSpot connector's pipelines against the HubSpot sandbox, over HTTP. */
class HubSpotPipelinesIT {

    private final CallLog calls = new CallLog();
    private final PipelineCapable connector =
            (PipelineCapable)
                    TestConnectors.privateApp(
                            SandboxTestServer.hubspotUrl(), new MutableClock(Instant.now()), calls);

    @Test
    void dealPipelinesHaveTheirStagesInOrderWithMetadata() {
        List<Pipeline> pipelines = connector.pipelines("deals");

        assertThat(calls.count("pipelines")).isEqualTo(1);
        Pipeline sales =
                pipelines.stream().filter(p -> p.id().equals("default")).findFirst().orElseThrow();
        assertThat(sales.label()).isNotBlank();
        assertThat(sales.stages())
                .isSortedAccordingTo(Comparator.comparingInt(Stage::displayOrder));
        assertThat(sales.stages()).extracting(Stage::id).contains("closedwon", "closedlost");
        Stage won =
                sales.stages().stream()
                        .filter(s -> s.id().equals("closedwon"))
                        .findFirst()
                        .orElseThrow();
        assertThat(won.metadata()).containsEntry("isClosed", "true").containsKey("probability");
        Stage first = sales.stages().getFirst();
        assertThat(first.metadata()).containsEntry("isClosed", "false");
    }

    @Test
    void ticketPipelinesHaveStages() {
        List<Pipeline> pipelines = connector.pipelines("tickets");

        assertThat(calls.count("pipelines")).isEqualTo(1);
        assertThat(pipelines).isNotEmpty();
        assertThat(pipelines.getFirst().stages())
                .extracting(Stage::id)
                .containsExactly("1", "2", "3", "4");
        assertThat(pipelines.getFirst().stages().getLast().metadata())
                .containsEntry("ticketState", "CLOSED");
    }
}
