package io.crmsync.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.Pipeline;
import io.crmsync.spi.PipelineCapable;
import io.crmsync.spi.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The opportunity stages the stage mapping editor checks against, read from the Salesforce sandbox
 * over HTTP: every active stage for every record type, and each record type's own.
 */
class SalesforceStagesIT {

    private final SalesforceSandboxSupport support = new SalesforceSandboxSupport();

    @Test
    void everyRecordTypeComesWithTheStagesItsSalesProcessAllows() {
        List<Pipeline> pipelines = ((PipelineCapable) support.connector()).pipelines("Opportunity");

        assertThat(pipelines).extracting(Pipeline::label).first().isEqualTo("Every record type");
        Pipeline every = pipelines.getFirst();
        assertThat(every.id()).isEmpty();
        assertThat(every.stages()).extracting(Stage::id).contains("Prospecting", "Closed Won");
        Stage won = stage(every, "Closed Won");
        assertThat(won.metadata())
                .containsEntry("isClosed", "true")
                .containsEntry("isWon", "true")
                .containsEntry("probability", "1.0");
        assertThat(stage(every, "Closed Lost").metadata()).containsEntry("isWon", "false");

        Pipeline renewal =
                pipelines.stream()
                        .filter(p -> p.label().equals("Renewal"))
                        .findFirst()
                        .orElseThrow();
        assertThat(renewal.id()).isEqualTo("0125g0000000002AAA");
        assertThat(renewal.stages())
                .extracting(Stage::id)
                .contains("Perception Analysis", "Closed Won")
                .doesNotContain("Prospecting");
    }

    @Test
    void onlyOpportunitiesHavePipelines() {
        assertThat(((PipelineCapable) support.connector()).pipelines("Contact")).isEmpty();
    }

    private static Stage stage(Pipeline pipeline, String id) {
        return pipeline.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
