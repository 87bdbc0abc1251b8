package io.crmsync.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.settings.CompanySettingsService;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.RecordAssociation;
import io.crmsync.sync.RecordDetails;
import io.crmsync.sync.RecordSummary;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.SyncTurnedOff;
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
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Companies and accounts on the Records page against both sandboxes: found by each key, shown with
 * their contacts on both sides, and synced now only while company sync is on.
 */
@CrmsyncIntegrationTest
class CompanyRecordsIT {

    @Autowired SyncRecordService records;
    @Autowired Connectors connectors;
    @Autowired ApplicationContext context;
    @Autowired CompanySettingsService companySettings;
    @Autowired TestAccounts accounts;

    RecordSyncDriver engine;
    String tag;
    String name;
    String account;
    String ada;
    String grace;

    @BeforeEach
    void aSyncedAccountWithTwoContacts() {
        accounts.ensureAll();
        engine = RecordSyncDriver.of(context);
        engine.reset();
        companies(true);
        engine.settle();
        tag = UUID.randomUUID().toString().substring(0, 8);
        name = "Globex " + tag;
        account =
                createSalesforce(
                        "Account",
                        Map.of("Name", name, "Website", "https://www.globex-" + tag + ".example"));
        ada = createSalesforce("Contact", person("Ada", "Lovelace", account));
        grace = createSalesforce("Contact", person("Grace", "Hopper", account));
        engine.settle();
    }

    @AfterEach
    void companiesOff() {
        companies(false);
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void theCompanyIsFoundByItsHubSpotIdBothFormsOfItsAccountIdItsNameAndItsDomain() {
        RecordDetails byAccount = records.find(account).orElseThrow();
        String company = byAccount.hubSpot().id();

        assertThat(byAccount.object()).isEqualTo(SyncObject.COMPANY);
        assertThat(byAccount.label()).isEqualTo(name);
        assertThat(byAccount.salesforce().objectType()).isEqualTo("Account");
        assertThat(byAccount.hubSpot().objectType()).isEqualTo("companies");
        assertThat(byAccount.hubSpot().url())
                .isEqualTo("sandbox?side=hubspot&object=companies&id=" + company);
        assertThat(byAccount.link()).isNotNull();
        for (String query :
                List.of(
                        company,
                        account.substring(0, 15),
                        name.toUpperCase(),
                        "globex-" + tag + ".example",
                        "https://globex-" + tag + ".example/")) {
            assertThat(records.search(query))
                    .as(query)
                    .singleElement()
                    .satisfies(
                            m -> {
                                assertThat(m.ref().object()).isEqualTo(SyncObject.COMPANY);
                                assertThat(m.ref().hubSpot().value()).isEqualTo(company);
                                assertThat(m.ref().salesforce().value()).isEqualTo(account);
                                assertThat(m.linked()).isTrue();
                            });
            assertThat(records.find(query).orElseThrow().link().id())
                    .as(query)
                    .isEqualTo(byAccount.link().id());
        }
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void theCompanyShowsItsMappedFieldsAndItsContactsOnEachSideWithWhetherTheyAreLinked() {
        String company = records.find(account).orElseThrow().hubSpot().id();
        String hubSpotOnly =
                createHubSpot(
                        "contacts",
                        Map.of("lastname", "Turing", "email", "alan-" + tag + "@example.com"));
        associate(hubSpotOnly, company);
        String salesforceOnly = createSalesforce("Contact", person("Edsger", "Dijkstra", account));

        RecordDetails found = records.open(SyncObject.COMPANY, company).orElseThrow();

        assertThat(found.fields())
                .anySatisfy(
                        f -> {
                            assertThat(f.hubSpotProperty()).isEqualTo("name");
                            assertThat(f.hubSpotValue()).isEqualTo(name);
                            assertThat(f.salesforceValue()).isEqualTo(name);
                            assertThat(f.differs()).isFalse();
                        });
        List<RecordAssociation> contacts = found.associations().shown();
        assertThat(found.associations().more()).isZero();
        assertThat(contacts).hasSize(4);
        assertThat(contacts)
                .allSatisfy(
                        c -> assertThat(c.record().ref().object()).isEqualTo(SyncObject.CONTACT));
        assertThat(contacts.subList(0, 2))
                .as("the synced contacts come first, associated on both sides")
                .allSatisfy(
                        c -> {
                            assertThat(c.inHubSpot()).isTrue();
                            assertThat(c.inSalesforce()).isTrue();
                            assertThat(c.record().linked()).isTrue();
                        })
                .extracting(c -> c.record().ref().salesforce().value())
                .containsExactlyInAnyOrder(ada, grace);
        assertThat(contacts.subList(0, 2))
                .extracting(c -> c.record().label())
                .containsExactlyInAnyOrder(
                        "Ada Lovelace <ada-" + tag + "@example.com>",
                        "Grace Hopper <grace-" + tag + "@example.com>");
        assertThat(contacts)
                .filteredOn(c -> !c.record().linked())
                .extracting(c -> c.record().ref().id(), RecordAssociation::inHubSpot)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(hubSpotOnly, true),
                        org.assertj.core.groups.Tuple.tuple(salesforceOnly, false));
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aContactOfTheCompanyListsTheCompanyAndOpensFromItsLink() {
        RecordDetails contact = records.open(SyncObject.CONTACT, ada).orElseThrow();

        RecordSummary company = contact.associations().shown().getFirst().record();
        assertThat(contact.associations().shown()).hasSize(1);
        assertThat(company.label()).isEqualTo(name);
        assertThat(records.open(company.ref().object(), company.ref().id()).orElseThrow().label())
                .isEqualTo(name);
        assertThat(records.open(SyncObject.CONTACT, account)).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void anOpportunityIsAssociatedWithItsAccountAndThroughItsContactRoleWithItsContact() {
        String deal = "Big deal " + tag;
        String opportunity =
                createSalesforce(
                        "Opportunity",
                        Map.of(
                                "Name",
                                deal,
                                "StageName",
                                "Prospecting",
                                "CloseDate",
                                "2027-06-30",
                                "AccountId",
                                account));
        createSalesforce(
                "OpportunityContactRole", Map.of("OpportunityId", opportunity, "ContactId", ada));

        RecordDetails company = records.find(account).orElseThrow();
        RecordDetails contact = records.find(ada).orElseThrow();
        RecordDetails opened = records.find(opportunity).orElseThrow();

        for (RecordDetails record : List.of(company, contact)) {
            assertThat(record.associations().shown())
                    .as(record.label())
                    .filteredOn(a -> a.record().ref().object() == SyncObject.DEAL)
                    .singleElement()
                    .satisfies(
                            a -> {
                                assertThat(a.record().name()).isEqualTo(deal);
                                assertThat(a.record().ref().id()).isEqualTo(opportunity);
                                assertThat(a.inSalesforce()).isTrue();
                                assertThat(a.inHubSpot()).isFalse();
                                assertThat(a.record().linked()).isFalse();
                            });
        }
        assertThat(opened.object()).isEqualTo(SyncObject.DEAL);
        assertThat(opened.associations().shown())
                .extracting(a -> a.record().ref().id())
                .containsExactlyInAnyOrder(account, ada);
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aNameTwoAccountsShareListsBoth() {
        String twin = createSalesforce("Account", Map.of("Name", name));

        assertThat(records.search(name))
                .extracting(m -> m.ref().salesforce().value())
                .containsExactlyInAnyOrder(account, twin);
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void anEditorQueuesTheCompanyAndItsAccountWithSyncNow() {
        RecordDetails found = records.find(account).orElseThrow();

        List<ExternalSystem> queued = records.syncNow(found.ref());

        assertThat(queued)
                .containsExactlyInAnyOrder(ExternalSystem.HUBSPOT, ExternalSystem.SALESFORCE);
        assertThat(engine.queued(ExternalSystem.HUBSPOT, "companies", found.hubSpot().id()))
                .isTrue();
        assertThat(engine.queued(ExternalSystem.SALESFORCE, "Account", account)).isTrue();
        engine.settle();
        assertThat(engine.queued(ExternalSystem.SALESFORCE, "Account", account)).isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void aHubSpotCompanyNoContactLeadsToIsFoundUnlinkedAndSyncNowCreatesItsAccount() {
        String company = createHubSpot("companies", Map.of("name", "Lonely " + tag));
        engine.settle();

        RecordDetails found = records.find(company).orElseThrow();

        assertThat(found.object()).isEqualTo(SyncObject.COMPANY);
        assertThat(found.link()).isNull();
        assertThat(found.salesforce()).isNull();
        assertThat(found.associations().isEmpty()).isTrue();
        assertThat(records.syncNow(found.ref())).containsExactly(ExternalSystem.HUBSPOT);
        engine.settle();
        RecordDetails synced = records.find(company).orElseThrow();
        assertThat(synced.link()).isNotNull();
        assertThat(synced.salesforce().objectType()).isEqualTo("Account");
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void syncNowOfACompanyIsRefusedWhileCompanySyncIsOff() {
        RecordDetails found = records.find(account).orElseThrow();
        companies(false);

        assertThatThrownBy(() -> records.syncNow(found.ref()))
                .isInstanceOf(SyncTurnedOff.class)
                .hasMessage("Company sync is off: turn it on in the Companies settings first.");
        assertThat(engine.queued(ExternalSystem.SALESFORCE, "Account", account)).isFalse();
        assertThat(engine.queued(ExternalSystem.HUBSPOT, "companies", found.hubSpot().id()))
                .isFalse();
    }

    private void companies(boolean on) {
        TestAccounts.asAdmin(
                () -> {
                    var current = companySettings.current();
                    companySettings.save(
                            CompanySettings.DEFAULTS.withSyncEnabled(on), current.version());
                });
    }

    private Map<String, Object> person(String first, String last, String accountId) {
        return Map.of(
                "FirstName",
                first,
                "LastName",
                last,
                "Email",
                first.toLowerCase() + "-" + tag + "@example.com",
                "AccountId",
                accountId);
    }

    private String createSalesforce(String type, Map<String, Object> fields) {
        return single(
                connectors
                        .salesforce()
                        .write(
                                type,
                                WriteOperation.CREATE,
                                List.of(new RecordWrite("r", null, null, fields))));
    }

    private String createHubSpot(String type, Map<String, Object> properties) {
        return single(
                connectors
                        .hubSpot()
                        .write(
                                type,
                                WriteOperation.CREATE,
                                List.of(new RecordWrite("r", null, null, properties))));
    }

    private void associate(String contact, String company) {
        WriteResult result =
                ((AssociationCapable) connectors.hubSpot())
                        .associate(
                                "contacts",
                                "companies",
                                List.of(new AssociationWrite("a", contact, company, null, null)))
                        .getFirst();
        assertThat(result.succeeded()).as("%s", result.failure()).isTrue();
    }

    private static String single(List<WriteResult> results) {
        WriteResult result = results.getFirst();
        assertThat(result.succeeded()).as("%s", result.failure()).isTrue();
        return result.id();
    }
}
