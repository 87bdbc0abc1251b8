package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.settings.CompanySettingsService;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.CompanySettings.SalesforceDeleteAction;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * S15 against both sandboxes: companies ⇄ accounts as a pair of their own, with its toggle, its
 * default mappings, its matching through contacts (never by domain), the seed's conditions for a
 * HubSpot company to create an account, and its delete rule.
 */
@CrmsyncIntegrationTest
class CompanyPairIT extends SyncScenarioSupport {

    @Autowired CompanySettingsService companySettings;

    @BeforeEach
    void companiesOn() {
        companies(s -> CompanySettings.DEFAULTS.withSyncEnabled(true));
    }

    @AfterEach
    void companiesOff() {
        companies(s -> CompanySettings.DEFAULTS);
    }

    @Test
    void aNewAccountBecomesAHubSpotCompanyWithItsMappedValues() {
        String account =
                sync.createSalesforce(
                        "Account",
                        Map.of(
                                "Name", "Globex " + SyncFixture.email("g"),
                                "Website", "https://www.globex.example",
                                "Industry", "Technology",
                                "BillingCity", "Springfield",
                                "NumberOfEmployees", 250));
        sync.settle();

        Link link = linkOfAccount(account).orElseThrow();
        CrmRecord company = company(link.hubSpotId());
        assertThat(company.fields())
                .containsEntry("domain", "globex.example")
                .containsEntry("industry", "COMPUTER_SOFTWARE")
                .containsEntry("city", "Springfield")
                .containsEntry("numberofemployees", "250")
                .containsEntry("salesforce_account_id", account);
        assertThat(company.fields().get("name").toString()).startsWith("Globex ");
        assertThat(sync.errorsOf(account)).isEmpty();
    }

    @Test
    void aPhoneAddedToTheCompanyReachesTheAccountAndItsEchoChangesNothing() {
        String account = sync.createSalesforce("Account", Map.of("Name", "Initech Phone"));
        sync.settle();
        String company = linkOfAccount(account).orElseThrow().hubSpotId();

        updateCompany(company, Map.of("phone", "+1 555 0100"));
        sync.settle();
        sync.settle();

        assertThat(sync.salesforceById("Account", account, "Phone").fields())
                .containsEntry("Phone", "+1 555 0100");
        assertThat(company(company).fields()).containsEntry("phone", "+1 555 0100");
        assertThat(sync.errorsOf(company)).isEmpty();
    }

    @Test
    void withTheToggleOffAnAccountStaysInSalesforce() {
        companies(s -> s.withSyncEnabled(false));
        String account = sync.createSalesforce("Account", Map.of("Name", "Off Corp"));
        sync.settle();

        assertThat(linkOfAccount(account)).isEmpty();
    }

    @Test
    void aHubSpotCompanyNoSyncedContactLeadsToCreatesNoAccount() {
        String company = createCompany(Map.of("name", "Lonely Co " + SyncFixture.email("l")));
        sync.settle();

        assertThat(linkOfCompany(company)).isEmpty();
        assertThat(sync.errorsOf(company)).isEmpty();
    }

    @Test
    void aHubSpotCompanyOfASyncedContactCreatesItsAccountOnce() {
        String contact =
                sync.createHubSpot(
                        Map.of("lastname", "Waddams", "email", SyncFixture.email("milton")));
        sync.settle();
        assertThat(sync.linkOfHubSpot(contact)).isPresent();

        String company = createCompany(Map.of("name", "Initrode " + SyncFixture.email("i")));
        associate(contact, company);
        updateCompany(company, Map.of("description", "Red staplers"));
        sync.settle();
        sync.settle();

        Link link = linkOfCompany(company).orElseThrow();
        assertThat(link.salesforceType()).isEqualTo("Account");
        assertThat(sync.salesforceById("Account", link.salesforceId(), "Description").fields())
                .containsEntry("Description", "Red staplers");
        assertThat(
                        sync.salesforce()
                                .readByKey(
                                        "Account",
                                        "HubSpot_Id__c",
                                        List.of(company),
                                        List.of("Id")))
                .as("one account")
                .hasSize(1);
    }

    @Test
    void anAccountDeletedDeletesItsCompanyOnlyUnderThatRule() {
        String kept = sync.createSalesforce("Account", Map.of("Name", "Kept Co"));
        String gone = sync.createSalesforce("Account", Map.of("Name", "Gone Co"));
        sync.settle();
        String keptCompany = linkOfAccount(kept).orElseThrow().hubSpotId();
        String goneCompany = linkOfAccount(gone).orElseThrow().hubSpotId();

        sync.deleteSalesforce("Account", kept);
        sync.settle();
        companies(s -> s.withSalesforceDeletes(SalesforceDeleteAction.DELETE_COMPANY));
        sync.deleteSalesforce("Account", gone);
        sync.settle();

        assertThat(company(keptCompany)).isNotNull();
        assertThat(linkOfAccount(kept)).isEmpty();
        assertThat(company(goneCompany)).isNull();
    }

    @Test
    void aHubSpotCompanyDeletedNeverDeletesTheAccount() {
        String account = sync.createSalesforce("Account", Map.of("Name", "Stays Co"));
        sync.settle();
        String company = linkOfAccount(account).orElseThrow().hubSpotId();

        sync.hubSpot()
                .write(
                        "companies",
                        WriteOperation.DELETE,
                        List.of(new RecordWrite("d", company, null, Map.of())));
        sync.settle();

        assertThat(sync.salesforceById("Account", account, "Name")).isNotNull();
        assertThat(linkOfCompany(company)).isEmpty();
    }

    private void companies(UnaryOperator<CompanySettings> change) {
        TestAccounts.asAdmin(
                () -> {
                    var current = companySettings.current();
                    companySettings.save(change.apply(current.settings()), current.version());
                });
    }

    private Optional<Link> linkOfAccount(String id) {
        return Optional.ofNullable(links.bySalesforceIds(LinkStore.COMPANY, List.of(id)).get(id));
    }

    private Optional<Link> linkOfCompany(String id) {
        return Optional.ofNullable(links.byHubSpotIds(LinkStore.COMPANY, List.of(id)).get(id));
    }

    private CrmRecord company(String id) {
        return sync
                .hubSpot()
                .readByIds(
                        "companies",
                        List.of(id),
                        List.of(
                                "name",
                                "domain",
                                "phone",
                                "industry",
                                "city",
                                "numberofemployees",
                                "salesforce_account_id"))
                .stream()
                .filter(r -> !r.deleted())
                .findFirst()
                .orElse(null);
    }

    private String createCompany(Map<String, Object> properties) {
        List<WriteResult> results =
                sync.hubSpot()
                        .write(
                                "companies",
                                WriteOperation.CREATE,
                                List.of(new RecordWrite("c", null, null, properties)));
        assertThat(results.getFirst().succeeded()).isTrue();
        return results.getFirst().id();
    }

    private void updateCompany(String id, Map<String, Object> properties) {
        List<WriteResult> results =
                sync.hubSpot()
                        .write(
                                "companies",
                                WriteOperation.UPDATE,
                                List.of(new RecordWrite("u", id, null, properties)));
        assertThat(results.getFirst().succeeded()).isTrue();
    }

    private void associate(String contact, String company) {
        List<WriteResult> results =
                ((AssociationCapable) sync.hubSpot())
                        .associate(
                                "contacts",
                                "companies",
                                List.of(new AssociationWrite("a", contact, company, null, null)));
        assertThat(results.getFirst().succeeded()).isTrue();
    }
}
