package io.crmsync.settings.ui;

import io.crmsync.settings.StageChoices;
import io.crmsync.spi.Pipeline;
import io.crmsync.spi.Stage;
import io.crmsync.sync.StageMapping;
import java.util.List;
import java.util.Optional;

/**
 * A stage mapping in the CRMs' own words: the record type's and pipeline's names, and each stage's
 * name with its outcome ("Closed Won (closed won)"). Where the CRMs could not be read, or no longer
 * know an id, the id itself.
 */
record StageLabels(StageChoices choices) {

    static final String EVERY_RECORD_TYPE = "Every record type";

    /** For when the stages could not be read: ids only. */
    static StageLabels unread() {
        return new StageLabels(new StageChoices(List.of(), List.of()));
    }

    /** The stage's name and outcome; a stage the CRM no longer lists has no outcome to tell. */
    static String caption(Stage stage) {
        return stage.metadata().isEmpty()
                ? stage.label()
                : stage.label() + " (" + StageChoices.outcome(stage).words() + ")";
    }

    String recordType(String id) {
        return choices.recordType(id)
                .map(Pipeline::label)
                .orElse(id.isEmpty() ? EVERY_RECORD_TYPE : id);
    }

    String salesforceStage(StageMapping m) {
        return salesforceStage(m.recordTypeId(), m.salesforceStage())
                .map(StageLabels::caption)
                .orElse(m.salesforceStage());
    }

    String pipeline(String id) {
        return choices.pipeline(id).map(Pipeline::label).orElse(id);
    }

    String hubSpotStage(StageMapping m) {
        return hubSpotStage(m.hubSpotPipeline(), m.hubSpotStage())
                .map(StageLabels::caption)
                .orElse(m.hubSpotStage());
    }

    /** The stage of the record type, as Salesforce matches it: by API name or label. */
    Optional<Stage> salesforceStage(String recordTypeId, String name) {
        return choices.recordType(recordTypeId).stream()
                .flatMap(p -> p.stages().stream())
                .filter(s -> s.id().equalsIgnoreCase(name) || s.label().equalsIgnoreCase(name))
                .findFirst();
    }

    Optional<Stage> hubSpotStage(String pipelineId, String id) {
        return choices.pipeline(pipelineId).stream()
                .flatMap(p -> p.stages().stream())
                .filter(s -> s.id().equals(id))
                .findFirst();
    }
}
