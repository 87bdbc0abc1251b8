package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.connector.hubspot.internal.HubSpotOptions;
import io.crmsync.sandbox.hubspot.HubSpotSandbox;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.ChangePage;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.SandboxTestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HubSpot connector against the HubSpot sandbox, over HTTP. */
class HubSpotConnectorIT {

    private static HubSpotSandbox sandbox;

    private final CallLog calls = new CallLog();
    private final MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(1)));
    private CrmConnector connector;
    private String domain;

    @BeforeAll
    static void searchSeesWritesAtOnce() {
        sandbox = SandboxTestServer.context().getBean(HubSpotSandbox.class);
        sandbox.setSearchVisibilityDelay(Duration.ZERO);
    }

    @BeforeEach
    void connect() {
        connector = TestConnectors.privateApp(SandboxTestServer.hubspotUrl(), clock, calls);
        domain = UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    }

    @Test
    void identityNamesThePortalAndApiVersion() {
        connector.write("contacts", WriteOperation.CREATE, TestConnectors.contacts(domain, 1));

        var identity = connector.identity();

        assertThat(identity.accountId()).matches("\\d+");
        assertThat(identity.apiVersion()).isEqualTo("v3");
        assertThat(identity.baseUrl()).isEqualTo(SandboxTestServer.hubspotUrl());
    }

    @Test
    void limitsMakeOneCallWhenNoneWasMadeAndThenAnswerFromTheLastHeaders() {
        var first = connector.limits();

        assertThat(calls.count("limits")).isEqualTo(1);
        assertThat(first.dailyLimit()).isPositive();
        assertThat(first.dailyRemaining()).isLessThan(first.dailyLimit());

        connector.describe("contacts");
        var second = connector.limits();

        assertThat(calls.count("limits")).isEqualTo(1);
        assertThat(second.dailyRemaining()).isLessThan(first.dailyRemaining());
        assertThat(second.dailyLimit())
                .isEqualTo(calls.calls().getLast().dailyLimit())
                .isEqualTo(first.dailyLimit());
    }

    @Test
    void describeMapsPropertiesAndIsCached() {
        var schema = connector.describe("contacts");
        connector.describe("contacts");

        var stage = schema.field("lifecyclestage").orElseThrow();
        assertThat(stage.type()).isEqualTo("enumeration");
        assertThat(stage.picklistValues()).contains("lead", "customer");
        assertThat(stage.restricted()).isTrue();
        assertThat(schema.field("hs_object_id").orElseThrow().updateable()).isFalse();
        assertThat(schema.field("email").orElseThrow().updateable()).isTrue();
        assertThat(calls.count("describe")).isEqualTo(1);
    }

    @Test
    void invalidatedSchemasAreReadAgain() {
        connector.describe("contacts");
        connector.invalidateSchemas();
        connector.describe("contacts");

        assertThat(calls.count("describe")).isEqualTo(2);
    }

    @Test
    void writes250ContactsInThreeCallsAndMapsEveryResultToItsReference() {
        List<RecordWrite> writes = TestConnectors.contacts(domain, 250);

        List<WriteResult> created = connector.write("contacts", WriteOperation.CREATE, writes);

        assertThat(calls.count("batch-create")).isEqualTo(3);
        assertThat(created).allMatch(WriteResult::succeeded).allMatch(WriteResult::created);
        assertThat(created)
                .extracting(WriteResult::reference)
                .containsExactlyElementsOf(writes.stream().map(RecordWrite::reference).toList());
        Map<String, String> emailById = emails(created);
        for (int i = 0; i < 250; i++) {
            assertThat(emailById.get(created.get(i).id())).isEqualTo("c" + i + "@" + domain);
        }
    }

    @Test
    void updatesUpsertsAndArchivesInBatchesOfAHundred() {
        List<WriteResult> created =
                connector.write(
                        "contacts", WriteOperation.CREATE, TestConnectors.contacts(domain, 150));
        List<RecordWrite> updates = new ArrayList<>();
        for (WriteResult r : created) {
            updates.add(
                    new RecordWrite(
                            r.reference(),
                            r.id(),
                            null,
                            Map.of("firstname", "U-" + r.reference())));
        }
        calls.clear();

        List<WriteResult> updated = connector.write("contacts", WriteOperation.UPDATE, updates);
        List<RecordWrite> upserts = new ArrayList<>();
        for (int i = 100; i < 250; i++) {
            upserts.add(
                    new RecordWrite(
                            "up-" + i,
                            null,
                            "email",
                            Map.of("email", "c" + i + "@" + domain, "lastname", "Up" + i)));
        }
        List<WriteResult> upserted = connector.write("contacts", WriteOperation.UPSERT, upserts);

        assertThat(calls.count("batch-update")).isEqualTo(2);
        assertThat(calls.count("batch-upsert")).isEqualTo(2);
        assertThat(updated).allMatch(WriteResult::succeeded);
        assertThat(updated)
                .extracting(WriteResult::id)
                .containsExactlyElementsOf(created.stream().map(WriteResult::id).toList());
        assertThat(upserted).allMatch(WriteResult::succeeded);
        assertThat(upserted.subList(0, 50)).noneMatch(WriteResult::created);
        assertThat(upserted.subList(50, 150)).allMatch(WriteResult::created);
        var read =
                connector.readByIds(
                        "contacts",
                        List.of(created.get(120).id()),
                        List.of("firstname", "lastname"));
        assertThat(read.getFirst().fields())
                .containsEntry("firstname", "U-ref-120")
                .containsEntry("lastname", "Up120");

        List<RecordWrite> archives = new ArrayList<>();
        upserted.forEach(r -> archives.add(new RecordWrite(r.reference(), r.id(), null, Map.of())));
        calls.clear();
        List<WriteResult> archived = connector.write("contacts", WriteOperation.DELETE, archives);

        assertThat(calls.count("batch-archive")).isEqualTo(2);
        assertThat(archived).allMatch(WriteResult::succeeded);
        assertThat(
                        connector.readByIds(
                                "contacts",
                                upserted.stream().map(WriteResult::id).toList(),
                                List.of()))
                .isEmpty();
    }

    @Test
    void readsChangesPageByPageInCursorOrderIncludingArchives() {
        List<WriteResult> created =
                connector.write(
                        "contacts", WriteOperation.CREATE, TestConnectors.contacts(domain, 450));
        List<String> ids = created.stream().map(WriteResult::id).toList();
        ChangeCursor start = justBefore(ids);
        connector.write(
                "contacts",
                WriteOperation.DELETE,
                List.of(new RecordWrite("gone", ids.get(7), null, Map.of())));
        calls.clear();

        ChangePage all = connector.readChanges("contacts", start, List.of("email"), 1000);

        assertThat(calls.count("search")).isEqualTo(3);
        assertThat(all.more()).isFalse();
        assertThat(all.records())
                .extracting(CrmRecord::id)
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(all.records())
                .filteredOn(CrmRecord::deleted)
                .extracting(CrmRecord::id)
                .containsExactly(ids.get(7));
        assertThat(all.records()).isSortedAccordingTo(Comparator.comparing(CrmRecord::modifiedAt));

        List<CrmRecord> paged = new ArrayList<>();
        ChangeCursor cursor = start;
        ChangePage page;
        do {
            page = connector.readChanges("contacts", cursor, List.of("email"), 200);
            assertThat(page.records()).hasSizeLessThanOrEqualTo(200 + 100);
            paged.addAll(page.records());
            cursor = page.next();
        } while (page.more());
        assertThat(paged)
                .extracting(CrmRecord::id)
                .containsExactlyElementsOf(all.records().stream().map(CrmRecord::id).toList());
        assertThat(connector.readChanges("contacts", cursor, List.of("email"), 200).records())
                .isEmpty();
    }

    @Test
    void readsByIdAndByEmailInBatchesLeavingOutUnknownOnes() {
        List<WriteResult> created =
                connector.write(
                        "contacts", WriteOperation.CREATE, TestConnectors.contacts(domain, 120));
        List<String> ids = new ArrayList<>(created.stream().map(WriteResult::id).toList());
        ids.add("999999999");
        calls.clear();

        var byId = connector.readByIds("contacts", ids, List.of("email"));
        var byEmail =
                connector.readByKey(
                        "contacts",
                        "email",
                        List.of("c3@" + domain, "c119@" + domain, "nobody@" + domain),
                        List.of("firstname"));

        assertThat(byId).hasSize(120);
        assertThat(calls.count("batch-read")).isEqualTo(3);
        assertThat(byEmail)
                .extracting(r -> r.fields().get("firstname"))
                .containsExactlyInAnyOrder("First3", "First119");
    }

    @Test
    void aRejectedRecordDoesNotFailItsNeighbours() {
        List<RecordWrite> writes = new ArrayList<>(TestConnectors.contacts(domain, 2));
        writes.add(new RecordWrite("bad-email", null, "email", Map.of("email", "not-an-email")));
        writes.add(
                new RecordWrite(
                        "bad-stage",
                        null,
                        "email",
                        Map.of("email", "stage@" + domain, "lifecyclestage", "no-such-stage")));

        List<WriteResult> results = connector.write("contacts", WriteOperation.CREATE, writes);

        assertThat(results.subList(0, 2)).allMatch(WriteResult::succeeded);
        var badEmail = results.get(2).failure();
        assertThat(badEmail.kind()).isEqualTo(FailureKind.RECORD_REJECTED);
        assertThat(badEmail.type()).isEqualTo(ErrorType.PROPERTY_VALUES);
        assertThat(badEmail.code()).isEqualTo("INVALID_EMAIL");
        assertThat(badEmail.fields()).containsExactly("email");
        var badStage = results.get(3).failure();
        assertThat(badStage.type()).isEqualTo(ErrorType.PICKLIST_VALUES);
        assertThat(badStage.code()).isEqualTo("INVALID_OPTION");
        assertThat(calls.count("batch-create")).isEqualTo(1);
    }

    @Test
    void aBadUpsertInputDoesNotFailItsNeighbours() {
        List<RecordWrite> upserts = new ArrayList<>(TestConnectors.contacts(domain, 5));
        upserts.add(
                2,
                new RecordWrite(
                        "bad",
                        null,
                        "email",
                        Map.of("email", "bad-" + domain, "lifecyclestage", "no-such-stage")));

        List<WriteResult> results = connector.write("contacts", WriteOperation.UPSERT, upserts);

        assertThat(results).filteredOn(WriteResult::succeeded).hasSize(5);
        assertThat(results.get(2).failure().kind()).isEqualTo(FailureKind.RECORD_REJECTED);
        assertThat(sandbox.records("contacts", 0, 0, domain).total()).isEqualTo(5);
    }

    @Test
    void aSecondContactWithTheSameEmailIsADuplicate() {
        connector.write("contacts", WriteOperation.CREATE, TestConnectors.contacts(domain, 1));

        WriteResult again =
                connector
                        .write(
                                "contacts",
                                WriteOperation.CREATE,
                                TestConnectors.contacts(domain, 1))
                        .getFirst();

        assertThat(again.succeeded()).isFalse();
        assertThat(again.failure().kind()).isEqualTo(FailureKind.RECORD_REJECTED);
        assertThat(again.failure().type()).isEqualTo(ErrorType.DUPLICATES);
    }

    @Test
    void changesSearchDoesNotShowYetAreReadOnceVisibleNotSkipped() {
        sandbox.setSearchVisibilityDelay(Duration.ofMinutes(1));
        try {
            List<String> ids = create(3);
            ChangeCursor start = justBefore(ids);
            MutableClock lagging = new MutableClock(start.modifiedAt().plusSeconds(30));
            CrmConnector withLag =
                    readerWith(lagging, TestConnectors.FAST.withSafetyLag(Duration.ofMinutes(2)));

            ChangePage early = withLag.readChanges("contacts", start, List.of("email"), 100);
            sandbox.advanceClock(Duration.ofSeconds(61));
            lagging.advance(Duration.ofMinutes(3));
            ChangePage later = withLag.readChanges("contacts", start, List.of("email"), 100);

            assertThat(early.records()).isEmpty();
            assertThat(early.next())
                    .as("the cursor does not pass changes younger than the lag")
                    .isEqualTo(start);
            assertThat(later.records()).extracting(CrmRecord::id).containsAll(ids);
        } finally {
            sandbox.setSearchVisibilityDelay(Duration.ZERO);
        }
    }

    @Test
    void oneListingOfArchivedContactsServesAMinuteWithoutSkippingALaterDeletion() {
        List<String> ids = create(3);
        ChangeCursor start = justBefore(ids);
        MutableClock at = new MutableClock(start.modifiedAt().plusSeconds(1));
        CrmConnector reader = listingEveryMinute(at);
        calls.clear();

        ChangePage first = reader.readChanges("contacts", start, List.of("email"), 100);
        connector.write(
                "contacts",
                WriteOperation.DELETE,
                List.of(new RecordWrite("gone", ids.getFirst(), null, Map.of())));
        at.advance(Duration.ofSeconds(30));
        ChangePage second = reader.readChanges("contacts", first.next(), List.of("email"), 100);
        at.advance(Duration.ofSeconds(31));
        ChangePage third = reader.readChanges("contacts", second.next(), List.of("email"), 100);

        assertThat(first.records()).extracting(CrmRecord::id).containsAll(ids);
        assertThat(second.records()).extracting(CrmRecord::id).doesNotContain(ids.getFirst());
        assertThat(calls.count("list-archived"))
                .as("one listing served the first two reads, the third listed again")
                .isEqualTo(2);
        assertThat(second.next())
                .as("the cursor stays a safety lag behind the listing")
                .isEqualTo(start);
        assertThat(third.records())
                .filteredOn(CrmRecord::deleted)
                .extracting(CrmRecord::id)
                .containsExactly(ids.getFirst());
    }

    @Test
    void aBacklogHeldBackByTheListingListsAgainOnceTheListingIsTenSecondsOld() {
        List<String> ids = create(250);
        ChangeCursor start = justBefore(ids);
        MutableClock at = new MutableClock(start.modifiedAt().plusSeconds(4));
        CrmConnector reader = listingEveryMinute(at);
        calls.clear();

        reader.readChanges("contacts", start, List.of("email"), 100);
        at.advance(Duration.ofSeconds(3));
        ChangePage held = reader.readChanges("contacts", start, List.of("email"), 100);
        long listingsWhileYoung = calls.count("list-archived");
        at.advance(Duration.ofSeconds(7));
        ChangePage moved = reader.readChanges("contacts", start, List.of("email"), 100);

        assertThat(held.next()).as("held back by a listing 3 s old").isEqualTo(start);
        assertThat(listingsWhileYoung).isEqualTo(1);
        assertThat(calls.count("list-archived")).isEqualTo(2);
        assertThat(moved.next()).isNotEqualTo(start);
        assertThat(moved.more()).as("search has more than a page of the backlog").isTrue();
    }

    @Test
    void everyCallIsReportedWithTheDailyUsage() {
        var none = connector.readByIds("contacts", List.of("999999998"), List.of());

        var call = calls.calls().getLast();
        assertThat(none).isEmpty();
        assertThat(call.status()).as("multi-status: the id is unknown").isEqualTo(207);
        assertThat(call.dailyLimit()).isPositive();
        assertThat(call.dailyUsed()).isPositive();
        assertThat(call.objectType()).isEqualTo("contacts");
    }

    private Map<String, String> emails(List<WriteResult> created) {
        return connector
                .readByIds(
                        "contacts",
                        created.stream().map(WriteResult::id).toList(),
                        List.of("email"))
                .stream()
                .collect(Collectors.toMap(CrmRecord::id, r -> (String) r.fields().get("email")));
    }

    private List<String> create(int count) {
        return connector
                .write("contacts", WriteOperation.CREATE, TestConnectors.contacts(domain, count))
                .stream()
                .map(WriteResult::id)
                .toList();
    }

    /** A reader with a 5 s safety lag that lists archived contacts once a minute. */
    private CrmConnector listingEveryMinute(MutableClock clock) {
        return readerWith(
                clock,
                TestConnectors.FAST
                        .withSafetyLag(Duration.ofSeconds(5))
                        .withDeletesEvery(Duration.ofMinutes(1)));
    }

    /** A second connector with its own clock and options, whose calls are logged too. */
    private CrmConnector readerWith(MutableClock clock, HubSpotOptions options) {
        return TestConnectors.factory(clock, options, io.crmsync.spi.CallBudget.UNLIMITED, calls)
                .connect(TestConnectors.privateApp(SandboxTestServer.hubspotUrl()));
    }

    private ChangeCursor justBefore(List<String> ids) {
        Instant first =
                connector.readByIds("contacts", ids, List.of("lastmodifieddate")).stream()
                        .map(CrmRecord::modifiedAt)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
        return new ChangeCursor(first.minusMillis(1), "");
    }
}
