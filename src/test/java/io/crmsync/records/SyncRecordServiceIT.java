package io.crmsync.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.HubSpotId;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.SalesforceId;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.sync.RecordAssociations;
import io.crmsync.sync.RecordDetails;
import io.crmsync.sync.RecordField;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.engine.RecordSyncDriver;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Finding one contact by email or either id, its company, its provenance and errors, and syncing it
 * now.
 */
@CrmsyncIntegrationTest
class SyncRecordServiceIT {

    @Autowired SyncRecordService records;
    @Autowired Connectors connectors;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;

    RecordSyncDriver engine;
    String email;
    String salesforceId;

    @BeforeEach
    void aSyncedSalesforceContact() {
        accounts.ensureAll();
        engine = RecordSyncDriver.of(context);
        engine.reset();
        engine.settle();
        email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        salesforceId =
                createSalesforceContact(
                        Map.of("FirstName", "Ada", "LastName", "Lovelace", "Email", email));
        engine.settle();
    }

    @AfterEach
    void noErrorsLeft() {
        jdbc.sql("DELETE FROM sync_error WHERE salesforce_id = ?").param(salesforceId).update();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerFindsTheContactByEmailInAnyCaseWithBothSidesAndWhereTheValuesCameFrom() {
        RecordDetails found = records.find("  " + email.toUpperCase() + " ").orElseThrow();

        assertThat(found.label()).contains("Ada Lovelace");
        assertThat(found.salesforce().id()).isEqualTo(salesforceId);
        assertThat(found.salesforce().objectType()).isEqualTo("Contact");
        assertThat(found.salesforce().sandbox()).isTrue();
        assertThat(found.salesforce().url())
                .isEqualTo("sandbox?side=salesforce&object=Contact&id=" + salesforceId);
        assertThat(found.hubSpot()).isNotNull();
        assertThat(found.hubSpot().found()).isTrue();
        assertThat(found.link()).isNotNull();
        assertThat(found.link().lastSyncedAt()).isNotNull();
        assertThat(found.link().lastDirection()).isNotNull();
        assertThat(found.fields())
                .anySatisfy(
                        f -> {
                            assertThat(f.hubSpotProperty()).isEqualTo("lastname");
                            assertThat(f.hubSpotValue()).isEqualTo("Lovelace");
                            assertThat(f.salesforceValue()).isEqualTo("Lovelace");
                            assertThat(f.differs()).isFalse();
                        });
        assertThat(found.provenance())
                .anySatisfy(
                        p -> {
                            assertThat(p.field()).isEqualTo("lastname");
                            assertThat(p.value()).isEqualTo("Lovelace");
                            assertThat(p.source()).isEqualTo(ExternalSystem.SALESFORCE);
                            assertThat(p.target()).isEqualTo(ExternalSystem.HUBSPOT);
                        });
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void aContactWhoseHubSpotSideWasDeletedSaysWhatHappenedNotThatItNeverSynced() {
        String hubSpotId = records.find(email).orElseThrow().hubSpot().id();
        connectors
                .hubSpot()
                .write(
                        "contacts",
                        WriteOperation.DELETE,
                        List.of(new RecordWrite("gone", hubSpotId, null, Map.of())));
        records.syncNow(new RecordRef(new HubSpotId(hubSpotId), null));
        engine.settle();

        RecordDetails found = records.find(salesforceId).orElseThrow();

        assertThat(found.link()).isNull();
        assertThat(found.unlink()).isNotNull();
        assertThat(found.unlink().deletedIn()).isEqualTo(ExternalSystem.HUBSPOT);
        assertThat(found.unlink().otherDeleted()).isFalse();
        assertThat(found.unlink().story(at -> "3 May"))
                .isEqualTo(
                        "Deleted in HubSpot on 3 May; unlinked; the Salesforce contact was kept");
        assertThat(found.hubSpot().id()).isEqualTo(hubSpotId);
        assertThat(found.hubSpot().found()).isFalse();
        assertThat(records.find(hubSpotId).orElseThrow().salesforce().id())
                .as("found by the deleted HubSpot id too")
                .isEqualTo(salesforceId);
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void theSameContactIsFoundByItsHubSpotIdAndBothFormsOfItsSalesforceId() {
        RecordDetails byEmail = records.find(email).orElseThrow();
        String hubSpotId = byEmail.hubSpot().id();

        assertThat(records.find(hubSpotId).orElseThrow().link().id())
                .isEqualTo(byEmail.link().id());
        assertThat(records.find(salesforceId).orElseThrow().link().id())
                .isEqualTo(byEmail.link().id());
        assertThat(records.find(salesforceId.substring(0, 15)).orElseThrow().link().id())
                .isEqualTo(byEmail.link().id());
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aContactShowsItsAccountAndTheHubSpotCompanyLinkedWithItAsOneAssociatedRecord() {
        String name = "Analytical Engines " + UUID.randomUUID().toString().substring(0, 8);
        String account =
                single(
                        connectors
                                .salesforce()
                                .write(
                                        "Account",
                                        WriteOperation.CREATE,
                                        List.of(
                                                new RecordWrite(
                                                        "a", null, null, Map.of("Name", name)))));
        String babbage = "charles-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String contact =
                createSalesforceContact(
                        Map.of("LastName", "Babbage", "Email", babbage, "AccountId", account));
        engine.settle();

        RecordAssociations associations = records.find(babbage).orElseThrow().associations();

        assertThat(records.find(email).orElseThrow().associations().isEmpty()).isTrue();
        assertThat(associations.more()).isZero();
        assertThat(associations.shown())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.inHubSpot()).isTrue();
                            assertThat(a.inSalesforce()).isTrue();
                            assertThat(a.record().linked()).isTrue();
                            assertThat(a.record().label()).isEqualTo(name);
                            assertThat(a.record().ref().object()).isEqualTo(SyncObject.COMPANY);
                            assertThat(a.record().ref().salesforce())
                                    .isEqualTo(new SalesforceId("Account", account));
                            assertThat(a.record().ref().hubSpot()).isNotNull();
                        });
        jdbc.sql("DELETE FROM sync_error WHERE salesforce_id = ?").param(contact).update();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void anUnknownContactIsNotFound() {
        assertThat(records.find("nobody-" + UUID.randomUUID() + "@example.com")).isEmpty();
        assertThat(records.find("987654321987")).isEmpty();
        assertThat(records.find("hello")).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aValueChangedOnOneSideShowsAsDifferentUntilItSyncs() {
        updateSalesforceContact(Map.of("LastName", "King"));

        RecordDetails found = records.find(salesforceId).orElseThrow();

        assertThat(found.fields())
                .filteredOn(f -> f.hubSpotProperty().equals("lastname"))
                .singleElement()
                .satisfies(f -> assertThat(f.differs()).isTrue());
        engine.settle();
        assertThat(records.find(salesforceId).orElseThrow().fields())
                .filteredOn(f -> f.hubSpotProperty().equals("lastname"))
                .singleElement()
                .satisfies(f -> assertThat(f.hubSpotValue()).isEqualTo("King"));
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void theRecordsCurrentErrorsAreShown() {
        jdbc.sql(
                        """
                        INSERT INTO sync_error (source, object_type, record_id, salesforce_type,
                          salesforce_id, error_type, code, message, field, field_value,
                          first_seen, last_tried, attempts)
                        VALUES ('SALESFORCE', 'Contact', ?, 'Contact', ?, 'PROPERTY_VALUES',
                          'INVALID_OPTION', 'Not an allowed value', 'industry', 'Spaceships',
                          NOW(3), NOW(3), 3)
                        """)
                .params(salesforceId, salesforceId)
                .update();

        assertThat(records.find(email).orElseThrow().errors())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.code()).isEqualTo("INVALID_OPTION");
                            assertThat(e.field()).isEqualTo("industry");
                            assertThat(e.value()).isEqualTo("Spaceships");
                            assertThat(e.attempts()).isEqualTo(3);
                        });
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void anEditorQueuesTheRecordOnBothSidesWithSyncNow() {
        RecordDetails found = records.find(email).orElseThrow();

        List<ExternalSystem> queued = records.syncNow(found.ref());

        assertThat(queued)
                .containsExactlyInAnyOrder(ExternalSystem.HUBSPOT, ExternalSystem.SALESFORCE);
        assertThat(engine.queued(ExternalSystem.SALESFORCE, "Contact", salesforceId)).isTrue();
        assertThat(engine.queued(ExternalSystem.HUBSPOT, "contacts", found.hubSpot().id()))
                .isTrue();
        engine.settle();
        assertThat(engine.queued(ExternalSystem.SALESFORCE, "Contact", salesforceId)).isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void aRecordNotLinkedYetShowsItsOneSideAndSyncNowQueuesOnlyThat() {
        String hubSpotId =
                single(
                        connectors
                                .hubSpot()
                                .write(
                                        "contacts",
                                        WriteOperation.CREATE,
                                        List.of(
                                                new RecordWrite(
                                                        "r",
                                                        null,
                                                        null,
                                                        Map.of(
                                                                "firstname",
                                                                "Alan",
                                                                "lastname",
                                                                "Turing",
                                                                "email",
                                                                "alan-"
                                                                        + UUID.randomUUID()
                                                                        + "@example.com")))));

        RecordDetails found = records.find(hubSpotId).orElseThrow();

        assertThat(found.link()).isNull();
        assertThat(found.salesforce()).isNull();
        assertThat(found.hubSpot().found()).isTrue();
        assertThat(found.provenance()).isEmpty();
        assertThat(found.fields()).noneMatch(RecordField::differs);
        assertThat(records.syncNow(found.ref())).containsExactly(ExternalSystem.HUBSPOT);
        assertThat(engine.queued(ExternalSystem.HUBSPOT, "contacts", hubSpotId)).isTrue();
        engine.settle();
        assertThat(records.find(hubSpotId).orElseThrow().link()).isNotNull();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerIsRefusedSyncNow() {
        RecordRef ref = new RecordRef(null, new SalesforceId("Contact", salesforceId));

        assertThatThrownBy(() -> records.syncNow(ref)).isInstanceOf(AccessDeniedException.class);
        assertThat(engine.queued(ExternalSystem.SALESFORCE, "Contact", salesforceId)).isFalse();
    }

    private String createSalesforceContact(Map<String, Object> fields) {
        return single(
                connectors
                        .salesforce()
                        .write(
                                "Contact",
                                WriteOperation.CREATE,
                                List.of(new RecordWrite("r", null, null, fields))));
    }

    private void updateSalesforceContact(Map<String, Object> fields) {
        single(
                connectors
                        .salesforce()
                        .write(
                                "Contact",
                                WriteOperation.UPDATE,
                                List.of(new RecordWrite("r", salesforceId, null, fields))));
    }

    private static String single(List<WriteResult> results) {
        WriteResult result = results.getFirst();
        assertThat(result.succeeded()).as("%s", result.failure()).isTrue();
        return result.id();
    }
}
