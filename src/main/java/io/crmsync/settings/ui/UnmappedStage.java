package io.crmsync.settings.ui;

import io.crmsync.settings.StageChoices;
import io.crmsync.spi.Pipeline;
import io.crmsync.spi.Stage;
import io.crmsync.sync.StageMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * A Salesforce stage that an opportunity of the record type may be at, with no mapping that the
 * sync would use for it: neither the record type's own nor the one for every record type. Such an
 * opportunity, and a deal coming back at such a stage, fail to sync until the stage is mapped.
 */
record UnmappedStage(Pipeline recordType, Stage stage) {

    /** Every unmapped stage, the ones for every record type first, each in the CRM's order. */
    static List<UnmappedStage> of(StageChoices choices, List<StageMapping> mappings) {
        List<UnmappedStage> unmapped = new ArrayList<>();
        for (Pipeline recordType : choices.recordTypes()) {
            for (Stage stage : recordType.stages()) {
                boolean mapped =
                        mappings.stream()
                                .filter(m -> m.recordTypeId().isEmpty() || sameType(m, recordType))
                                .anyMatch(m -> m.salesforceStage().equalsIgnoreCase(stage.id()));
                if (!mapped) {
                    unmapped.add(new UnmappedStage(recordType, stage));
                }
            }
        }
        return unmapped;
    }

    /** The mapping the "Add mapping" action starts from. */
    StageMapping start() {
        return new StageMapping(0, recordType.id(), stage.id(), null, null);
    }

    private static boolean sameType(StageMapping m, Pipeline recordType) {
        return m.recordTypeId().equals(recordType.id());
    }
}
