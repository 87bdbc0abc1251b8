package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A new link that clashes with one another batch made meanwhile sends back its record only. */
class LinkClashesTest {

    @Test
    void onlyTheRecordWhoseLinkClashedIsSyncedAgain() {
        Streams.Stream stream = Streams.CONTACTS.getFirst();
        BatchOutcome outcome = new BatchOutcome();
        List<WorkItem> batch =
                IntStream.range(0, 73)
                        .mapToObj(
                                i ->
                                        new WorkItem(
                                                i,
                                                ExternalSystem.SALESFORCE,
                                                PairSchema.CONTACT,
                                                "003" + i,
                                                null,
                                                null,
                                                WorkReason.CHANGE,
                                                1L,
                                                0,
                                                0,
                                                null))
                        .toList();
        outcome.done.addAll(batch);
        batch.forEach(i -> outcome.synced.add(i.recordId()));

        SyncEngine.redoClashes(
                stream,
                outcome,
                List.of(
                        new LinkStore.NewLink(
                                LinkStore.CONTACT, "501", "Contact", "00342", Instant.EPOCH)));

        assertThat(outcome.retry).extracting(WorkItem::recordId).containsExactly("00342");
        assertThat(outcome.done).hasSize(72).noneMatch(i -> i.recordId().equals("00342"));
        assertThat(outcome.synced).doesNotContain("00342").hasSize(72);
    }
}
