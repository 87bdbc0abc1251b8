package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch's field states and provenance are stored together when the batch is stored, in the order
 * its records were synced, and a link removed in the same batch takes its rows with it.
 */
@CrmsyncIntegrationTest
class BufferedLinkStoreIT extends SyncScenarioSupport {

    @Autowired LinkStore links;
    @Autowired TransactionTemplate transactions;

    @Test
    void syncsOfABatchAreStoredAtTheFlushInTheirOrder() {
        Instant now = clock.instant();
        Link first = newLink();
        Link second = newLink();
        BufferedLinkStore buffered = links.buffered();

        transactions.executeWithoutResult(
                tx -> {
                    buffered.recordSync(
                            first.id(),
                            ExternalSystem.HUBSPOT,
                            List.of(write("lastname", "Old"), write("firstname", "Ann")),
                            null,
                            now);
                    buffered.recordSync(
                            second.id(),
                            ExternalSystem.HUBSPOT,
                            List.of(write("lastname", "Other")),
                            null,
                            now);
                    buffered.recordSync(
                            first.id(),
                            ExternalSystem.HUBSPOT,
                            List.of(write("lastname", "New")),
                            null,
                            now);
                    assertThat(links.states(List.of(first.id()))).as("not yet").isEmpty();
                    buffered.flush();
                });

        assertThat(links.states(List.of(first.id())).get(first.id()).get("lastname"))
                .extracting(FieldState::salesforceValue)
                .isEqualTo("New");
        assertThat(links.states(List.of(second.id())).get(second.id())).containsKey("lastname");
        assertThat(provenance(first)).containsExactly("Old", "Ann", "New");
        assertThat(links.find(first.id()).orElseThrow().lastSyncedAt()).isNotNull();
    }

    @Test
    void aLinkDeletedInTheBatchTakesItsBufferedRowsWithIt() {
        Link link = newLink();
        BufferedLinkStore buffered = links.buffered();

        transactions.executeWithoutResult(
                tx -> {
                    buffered.recordSync(
                            link.id(),
                            ExternalSystem.HUBSPOT,
                            List.of(write("lastname", "Gone")),
                            null,
                            clock.instant());
                    buffered.delete(link.id());
                    buffered.flush();
                });

        assertThat(links.find(link.id())).isEmpty();
        assertThat(provenance(link)).isEmpty();
    }

    @Test
    void newLinksOfABatchAreCreatedTogetherAndReadableWithinIt() {
        String a = UUID.randomUUID().toString().substring(0, 12);
        String b = UUID.randomUUID().toString().substring(0, 12);
        Link existing = newLink();
        BufferedLinkStore buffered = links.buffered();
        Instant now = clock.instant();

        transactions.executeWithoutResult(
                tx -> {
                    buffered.linkAndRecord(
                            new LinkStore.NewLink(
                                    LinkStore.CONTACT, "hs-" + a, "Contact", "sf-" + a, now),
                            ExternalSystem.HUBSPOT,
                            List.of(write("lastname", "A")),
                            null);
                    buffered.linkAndRecord(
                            new LinkStore.NewLink(
                                    LinkStore.CONTACT,
                                    existing.hubSpotId(),
                                    "Lead",
                                    existing.salesforceId(),
                                    now),
                            ExternalSystem.HUBSPOT,
                            List.of(write("lastname", "Existing")),
                            null);
                    buffered.linkAndRecord(
                            new LinkStore.NewLink(
                                    LinkStore.CONTACT, "hs-" + b, "Contact", "sf-" + b, now),
                            ExternalSystem.HUBSPOT,
                            List.of(write("lastname", "B")),
                            null);
                    assertThat(
                                    buffered.bySalesforceIds(
                                            LinkStore.CONTACT, List.of("sf-" + a, "sf-" + b)))
                            .as("read within the batch")
                            .containsOnlyKeys("sf-" + a, "sf-" + b);
                    buffered.flush();
                });

        Link first = links.byHubSpotIds(LinkStore.CONTACT, List.of("hs-" + a)).get("hs-" + a);
        assertThat(provenance(first)).containsExactly("A");
        assertThat(links.find(existing.id()).orElseThrow().salesforceType()).isEqualTo("Lead");
        assertThat(provenance(existing)).containsExactly("Existing");
    }

    @Test
    void aSyncThatWritesNothingKeepsTheSideLastWritten() {
        Link link = newLink();
        links.recordSync(
                link.id(),
                ExternalSystem.HUBSPOT,
                List.of(write("lastname", "Written")),
                null,
                clock.instant());
        FieldWrite observed =
                new FieldWrite(
                        "lastname",
                        "Written",
                        "Written",
                        ExternalSystem.SALESFORCE,
                        clock.instant(),
                        "TWO_WAY",
                        false);

        links.recordSync(
                link.id(), ExternalSystem.SALESFORCE, List.of(observed), null, clock.instant());

        assertThat(
                        jdbc.sql("SELECT last_direction FROM sync_link WHERE id = ?")
                                .param(link.id())
                                .query(String.class)
                                .single())
                .isEqualTo("HUBSPOT");
    }

    @Test
    void aLinkAnotherBatchMadeMeanwhileLeavesOnlyTheClashingPairForLater() {
        String a = UUID.randomUUID().toString().substring(0, 12);
        String b = UUID.randomUUID().toString().substring(0, 12);
        BufferedLinkStore buffered = links.buffered();
        Instant now = clock.instant();

        List<LinkStore.NewLink> clashes =
                transactions.execute(
                        tx -> {
                            assertThat(buffered.bySalesforceIds(LinkStore.CONTACT, List.of(a)))
                                    .as("this batch reads the links first")
                                    .isEmpty();
                            // Another batch links the same HubSpot contact, and commits.
                            CompletableFuture.runAsync(
                                            () ->
                                                    links.link(
                                                            LinkStore.CONTACT,
                                                            "hs-" + a,
                                                            "Lead",
                                                            "00Q-" + a,
                                                            now))
                                    .join();
                            buffered.linkAndRecord(
                                    new LinkStore.NewLink(
                                            LinkStore.CONTACT,
                                            "hs-" + a,
                                            "Contact",
                                            "sf-" + a,
                                            now),
                                    ExternalSystem.HUBSPOT,
                                    List.of(write("lastname", "A")),
                                    null);
                            buffered.linkAndRecord(
                                    new LinkStore.NewLink(
                                            LinkStore.CONTACT,
                                            "hs-" + b,
                                            "Contact",
                                            "sf-" + b,
                                            now),
                                    ExternalSystem.HUBSPOT,
                                    List.of(write("lastname", "B")),
                                    null);
                            buffered.flush();
                            return buffered.clashes();
                        });

        assertThat(clashes).extracting(LinkStore.NewLink::salesforceId).containsExactly("sf-" + a);
        assertThat(
                        links.bySalesforceIds(
                                LinkStore.CONTACT, List.of("sf-" + a, "sf-" + b, "00Q-" + a)))
                .containsOnlyKeys("sf-" + b, "00Q-" + a);
        assertThat(
                        provenance(
                                links.byHubSpotIds(LinkStore.CONTACT, List.of("hs-" + b))
                                        .get("hs-" + b)))
                .containsExactly("B");
    }

    private Link newLink() {
        String id = UUID.randomUUID().toString().substring(0, 12);
        return links.link(LinkStore.CONTACT, "hs-" + id, "Contact", "sf-" + id, clock.instant());
    }

    private FieldWrite write(String field, String value) {
        return new FieldWrite(
                field, value, value, ExternalSystem.SALESFORCE, clock.instant(), "TWO_WAY", true);
    }

    private List<String> provenance(Link link) {
        return jdbc.sql("SELECT field_value FROM sync_provenance WHERE link_id = ? ORDER BY id")
                .param(link.id())
                .query(String.class)
                .list();
    }
}
