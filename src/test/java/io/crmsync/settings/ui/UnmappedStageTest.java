package io.crmsync.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crmsync.settings.StageChoices;
import io.crmsync.spi.Pipeline;
import io.crmsync.spi.Stage;
import io.crmsync.sync.StageMapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which Salesforce stages no mapping covers, as the sync looks mappings up. */
class UnmappedStageTest {

    static final Stage OPEN = stage("Prospecting", false, false);
    static final Stage RENEWING = stage("Renewing", false, false);
    static final Stage WON = stage("Closed Won", true, true);

    static final Pipeline EVERY =
            new Pipeline("", "Every record type", List.of(OPEN, RENEWING, WON));
    static final Pipeline NEW_BUSINESS = new Pipeline("0120", "New Business", List.of(OPEN, WON));
    static final Pipeline RENEWAL = new Pipeline("0121", "Renewal", List.of(RENEWING, WON));

    static final StageChoices CHOICES =
            new StageChoices(List.of(EVERY, NEW_BUSINESS, RENEWAL), List.of());

    @Test
    void aStageMappedForEveryRecordTypeIsMappedForEachOfThem() {
        List<StageMapping> mappings =
                List.of(
                        mapping("", "Prospecting"),
                        mapping("", "renewing"),
                        mapping("", "Closed Won"));

        assertThat(UnmappedStage.of(CHOICES, mappings)).isEmpty();
    }

    @Test
    void aStageWithoutAMappingForEveryRecordTypeIsUnmappedWhereNoOwnMappingCoversIt() {
        List<StageMapping> mappings =
                List.of(mapping("", "Prospecting"), mapping("0121", "Renewing"));

        assertThat(UnmappedStage.of(CHOICES, mappings))
                .extracting(u -> u.recordType().label(), u -> u.stage().id())
                .containsExactly(
                        tuple("Every record type", "Renewing"),
                        tuple("Every record type", "Closed Won"),
                        tuple("New Business", "Closed Won"),
                        tuple("Renewal", "Closed Won"));
    }

    @Test
    void theAddMappingActionStartsFromTheRecordTypeAndStage() {
        UnmappedStage unmapped = new UnmappedStage(RENEWAL, WON);

        assertThat(unmapped.start())
                .isEqualTo(new StageMapping(0, "0121", "Closed Won", null, null));
    }

    private static StageMapping mapping(String recordType, String stage) {
        return new StageMapping(1, recordType, stage, "default", "x");
    }

    private static Stage stage(String name, boolean closed, boolean won) {
        return new Stage(
                name,
                name,
                0,
                Map.of("isClosed", String.valueOf(closed), "isWon", String.valueOf(won)));
    }
}
