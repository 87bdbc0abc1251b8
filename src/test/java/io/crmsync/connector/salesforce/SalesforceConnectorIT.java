package io.crmsync.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.testsupport.SandboxTestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Salesforce connector against the Salesforce sandbox over HTTP. */
class SalesforceConnectorIT {

    private static final List<String> FIELDS = List.of("LastName", "Email");

    private final SalesforceSandboxSupport support = new SalesforceSandboxSupport();
    private final CrmConnector connector = support.connector();

    @Test
    void itAuthenticatesByClientCredentialsAndTellsWhoItIsForOneTokenCall() {
        var identity = connector.identity();
        connector.identity();

        assertThat(identity.accountId()).startsWith("00D");
        assertThat(identity.userId()).startsWith("005");
        assertThat(identity.apiVersion()).isEqualTo("v62.0");
        assertThat(SandboxTestServer.salesforceUrl()).startsWith(identity.baseUrl());
        assertThat(support.calls)
                .singleElement()
                .satisfies(
                        call -> {
                            assertThat(call.operation()).isEqualTo("token");
                            assertThat(call.status()).isEqualTo(200);
                        });
    }

    @Test
    void limitsReadTheDailyApiRequestsInOneCallThatReportsTheDailyUsage() {
        var limits = connector.limits();

        assertThat(limits.dailyLimit()).isPositive();
        assertThat(limits.dailyRemaining()).isBetween(0L, limits.dailyLimit() - 1);
        assertThat(limits.asOf()).isNotNull();
        assertThat(support.calls)
                .filteredOn(call -> call.operation().equals("limits"))
                .singleElement()
                .satisfies(
                        call -> {
                            assertThat(call.status()).isEqualTo(200);
                            assertThat(call.dailyLimit()).isEqualTo(limits.dailyLimit());
                            assertThat(call.dailyUsed()).isPositive();
                        });
    }

    @Test
    void aWrongClientSecretIsAFatalConnectionFailure() {
        var wrong = support.connector(system -> true, "not-the-secret");

        assertThatThrownBy(wrong::identity)
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> {
                            assertThat(e.failure().kind()).isEqualTo(FailureKind.FATAL);
                            assertThat(e.failure().type()).isEqualTo(ErrorType.CONNECTION);
                            assertThat(e.failure().code()).isEqualTo("invalid_client");
                        });
    }

    @Test
    void describeMapsRequiredFieldsPicklistsAndReferencesAndIsCached() {
        var schema = connector.describe("Contact");
        connector.describe("Contact");

        assertThat(schema.field("LastName").orElseThrow().required()).isTrue();
        assertThat(schema.field("Email").orElseThrow().required()).isFalse();
        assertThat(schema.field("Email").orElseThrow().type()).isEqualTo("email");
        assertThat(schema.field("LeadSource").orElseThrow().picklistValues()).isNotEmpty();
        assertThat(schema.field("AccountId").orElseThrow().referenceTo()).contains("Account");
        assertThat(schema.field("HubSpot_Id__c").orElseThrow().externalId()).isTrue();
        assertThat(support.count("describe")).isEqualTo(1);
    }

    @Test
    void invalidatedDescribesAreReadAgain() {
        connector.describe("Contact");
        connector.invalidateSchemas();
        connector.describe("Contact");

        assertThat(support.count("describe")).isEqualTo(2);
    }

    @Test
    void fourHundredFiftyRecordsAreCreatedUpdatedUpsertedAndDeletedInThreeCallsEach() {
        List<WriteResult> created =
                connector.write("Contact", WriteOperation.CREATE, support.contacts(450));
        assertThat(created)
                .hasSize(450)
                .allMatch(WriteResult::succeeded)
                .allMatch(WriteResult::created);
        assertThat(created.get(7).reference()).isEqualTo("r7");
        assertThat(support.count("collection-create")).isEqualTo(3);
        assertThat(support.count("token")).isEqualTo(1);

        List<RecordWrite> updates =
                created.stream()
                        .map(
                                r ->
                                        new RecordWrite(
                                                r.reference(),
                                                r.id(),
                                                null,
                                                Map.<String, Object>of(
                                                        "Title", "Updated " + r.reference())))
                        .toList();
        assertThat(connector.write("Contact", WriteOperation.UPDATE, updates))
                .allMatch(WriteResult::succeeded);
        assertThat(support.count("collection-update")).isEqualTo(3);

        List<RecordWrite> upserts =
                created.stream()
                        .map(
                                r ->
                                        new RecordWrite(
                                                r.reference(),
                                                null,
                                                "HubSpot_Id__c",
                                                Map.<String, Object>of(
                                                        "HubSpot_Id__c",
                                                        support.tag + r.reference(),
                                                        "LastName",
                                                        "Upserted")))
                        .toList();
        List<WriteResult> upserted = connector.write("Contact", WriteOperation.UPSERT, upserts);
        assertThat(upserted)
                .hasSize(450)
                .allMatch(WriteResult::succeeded)
                .allMatch(WriteResult::created);
        assertThat(support.count("collection-upsert")).isEqualTo(3);

        List<String> ids = created.stream().map(WriteResult::id).toList();
        assertThat(connector.readByIds("Contact", ids, List.of("Title")))
                .hasSize(450)
                .allSatisfy(
                        r -> assertThat((String) r.fields().get("Title")).startsWith("Updated"));
        List<RecordWrite> deletes =
                created.stream()
                        .map(r -> new RecordWrite(r.reference(), r.id(), null, Map.of()))
                        .toList();
        assertThat(connector.write("Contact", WriteOperation.DELETE, deletes))
                .allMatch(WriteResult::succeeded);
        assertThat(support.count("collection-delete")).isEqualTo(3);
        assertThat(connector.readByIds("Contact", ids, FIELDS)).isEmpty();
    }

    @Test
    void aRecordWithoutLastNameIsRejectedWhileItsNeighboursAreSaved() {
        List<RecordWrite> writes = new java.util.ArrayList<>(support.contacts(3));
        writes.set(1, new RecordWrite("r1", null, null, Map.of("Email", support.email(1))));

        List<WriteResult> results = connector.write("Contact", WriteOperation.CREATE, writes);

        assertThat(results.get(0).succeeded()).isTrue();
        assertThat(results.get(2).succeeded()).isTrue();
        assertThat(results.get(1).reference()).isEqualTo("r1");
        assertThat(results.get(1).failure())
                .satisfies(
                        failure -> {
                            assertThat(failure.kind()).isEqualTo(FailureKind.RECORD_REJECTED);
                            assertThat(failure.type()).isEqualTo(ErrorType.PROPERTY_VALUES);
                            assertThat(failure.code()).isEqualTo("REQUIRED_FIELD_MISSING");
                            assertThat(failure.fields()).containsExactly("LastName");
                        });
    }

    @Test
    void readByKeyMatchesEmailsWithoutRegardToCaseInChunksOfTheUrlLimit() {
        connector.write("Contact", WriteOperation.CREATE, support.contacts(300));
        List<String> keys = new java.util.ArrayList<>();
        keys.add(support.email(0).toUpperCase());
        keys.add("o'brien\\@x.com");
        java.util.stream.IntStream.range(1, 300).forEach(i -> keys.add(support.email(i)));

        List<CrmRecord> found = connector.readByKey("Contact", "Email", keys, FIELDS);

        assertThat(found)
                .hasSize(300)
                .extracting(r -> r.fields().get("Email"))
                .contains(support.email(0), support.email(299));
        assertThat(support.count("query")).isGreaterThan(1);
    }

    @Test
    void contactsAndLeadsAreMatchedInOneCompositeCallPerChunkOfEmails() {
        connector.write("Contact", WriteOperation.CREATE, support.contacts(300));
        List<RecordWrite> leads = new java.util.ArrayList<>();
        for (int i = 250; i < 350; i++) {
            leads.add(
                    new RecordWrite(
                            "l" + i,
                            null,
                            null,
                            Map.of(
                                    "LastName",
                                    "Lead " + i,
                                    "Company",
                                    "Acme",
                                    "Email",
                                    support.email(i))));
        }
        connector.write("Lead", WriteOperation.CREATE, leads);
        List<String> keys = new java.util.ArrayList<>();
        java.util.stream.IntStream.range(0, 350).forEach(i -> keys.add(support.email(i)));
        support.calls.clear();

        List<CrmRecord> found =
                connector.readByKey(List.of("Lead", "Contact"), "Email", keys, type -> FIELDS);

        assertThat(found).hasSize(400);
        assertThat(found.subList(0, 100)).allMatch(r -> r.objectType().equals("Lead"));
        assertThat(found.subList(100, 400)).allMatch(r -> r.objectType().equals("Contact"));
        assertThat(support.calls)
                .as("one call per chunk of 200 emails, both types in it")
                .extracting(c -> c.operation())
                .containsExactly("composite-query", "composite-query");
    }

    @Test
    void anExpiredSessionIsRefreshedOnceAndTheCallRepeated() {
        var created = connector.write("Contact", WriteOperation.CREATE, support.contacts(1));
        SalesforceSandboxSupport.sandbox().revokeSessions();

        var found = connector.readByIds("Contact", List.of(created.getFirst().id()), FIELDS);

        assertThat(found).hasSize(1);
        assertThat(support.count("token")).isEqualTo(2);
        assertThat(support.calls)
                .filteredOn(call -> "query".equals(call.operation()))
                .extracting(call -> call.status())
                .containsExactly(401, 200);
    }

    @Test
    void changesAreReadInPagesOfTwoThousandWithDeletesMergedIn() {
        var start = new ChangeCursor(java.time.Instant.now().minusMillis(1), "");
        List<WriteResult> created =
                connector.write("Contact", WriteOperation.CREATE, support.contacts(2100));
        support.calls.clear();

        var page = connector.readChanges("Contact", start, FIELDS, 5000);

        List<CrmRecord> mine =
                page.records().stream()
                        .filter(
                                r ->
                                        String.valueOf(r.fields().get("LastName"))
                                                .startsWith(support.tag))
                        .toList();
        assertThat(mine).hasSize(2100);
        assertThat(page.more()).isFalse();
        assertThat(support.calls).hasSize((int) Math.ceil(page.records().size() / 2000.0));
        assertThat(mine.getFirst().lastWriter()).startsWith("005");

        var toDelete =
                created.subList(0, 5).stream()
                        .map(r -> new RecordWrite(r.reference(), r.id(), null, Map.of()))
                        .toList();
        connector.write("Contact", WriteOperation.DELETE, toDelete);
        var deletes = connector.readChanges("Contact", page.next(), FIELDS, 5000);
        assertThat(deletes.records())
                .filteredOn(CrmRecord::deleted)
                .extracting(CrmRecord::id)
                .containsAll(toDelete.stream().map(RecordWrite::id).toList());
    }

    @Test
    void aSmallPageSizeWalksTheChangesWithoutSkippingOrRepeating() {
        var start = new ChangeCursor(java.time.Instant.now().minusMillis(1), "");
        connector.write("Contact", WriteOperation.CREATE, support.contacts(25));

        var seen = new java.util.ArrayList<String>();
        var cursor = start;
        for (int guard = 0; guard < 50; guard++) {
            var page = connector.readChanges("Contact", cursor, FIELDS, 10);
            page.records().forEach(r -> seen.add(r.id()));
            cursor = page.next();
            if (!page.more()) {
                break;
            }
        }

        assertThat(seen).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(25);
    }
}
