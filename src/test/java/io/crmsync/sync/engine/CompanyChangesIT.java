package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * S9 after linking: a contact's company follows the side where it last changed, the HubSpot primary
 * company and the Salesforce account, and the change's echo does not move it back.
 */
@CrmsyncIntegrationTest
class CompanyChangesIT extends SyncScenarioSupport {

    @Test
    void aNewPrimaryCompanyInHubSpotMovesTheSalesforceContactToItsAccount() {
        String first = newCompany("Initech " + SyncFixture.email("i"));
        String email = SyncFixture.email("peter");
        String contact = sync.createHubSpot(Map.of("lastname", "Gibbons", "email", email));
        associate(contact, first, false);
        sync.settle();
        String salesforceId = sync.linkOfHubSpot(contact).orElseThrow().salesforceId();
        assertThat(accountCompany(salesforceId)).isEqualTo(first);

        String second = newCompany("Initrode " + SyncFixture.email("r"));
        associate(contact, second, true);
        sync.settle();
        sync.settle();

        assertThat(accountCompany(salesforceId)).isEqualTo(second);
        assertThat(primaryCompany(contact)).as("not moved back").isEqualTo(second);
        assertThat(sync.errorsOf(contact)).isEmpty();
    }

    @Test
    void anotherAccountInSalesforceBecomesThePrimaryCompanyInHubSpot() {
        String before = newAccount("Vandelay " + SyncFixture.email("v"));
        String contact =
                sync.createSalesforce(
                        "Contact",
                        Map.of(
                                "LastName",
                                "Costanza",
                                "Email",
                                SyncFixture.email("george"),
                                "AccountId",
                                before));
        sync.settle();
        String hubSpotId = sync.linkOfSalesforce(contact).orElseThrow().hubSpotId();
        String firstCompany = primaryCompany(hubSpotId);
        assertThat(firstCompany).isNotNull();

        String after = newAccount("Kramerica " + SyncFixture.email("k"));
        sync.updateSalesforce("Contact", contact, Map.of("AccountId", after));
        sync.settle();
        sync.settle();

        String secondCompany = primaryCompany(hubSpotId);
        assertThat(secondCompany).isNotNull().isNotEqualTo(firstCompany);
        assertThat(sync.salesforceById("Contact", contact, "AccountId").fields())
                .as("not moved back")
                .containsEntry("AccountId", after);
        assertThat(sync.errorsOf(contact)).isEmpty();
    }

    @Test
    void aRemovedPrimaryCompanyLeavesTheSalesforceAccountAsItIs() {
        String company = newCompany("Hooli " + SyncFixture.email("h"));
        String contact =
                sync.createHubSpot(
                        Map.of("lastname", "Belson", "email", SyncFixture.email("gavin")));
        associate(contact, company, false);
        sync.settle();
        String salesforceId = sync.linkOfHubSpot(contact).orElseThrow().salesforceId();

        ((AssociationCapable) sync.hubSpot())
                .dissociate(
                        "contacts",
                        "companies",
                        List.of(new AssociationWrite("x", contact, company, null, null)));
        sync.hubSpot()
                .write(
                        "contacts",
                        WriteOperation.UPDATE,
                        List.of(new RecordWrite("u", contact, null, Map.of("jobtitle", "CEO"))));
        sync.settle();

        assertThat(primaryCompany(contact)).isNull();
        assertThat(accountCompany(salesforceId)).isEqualTo(company);
    }

    private void associate(String contact, String company, boolean primary) {
        List<WriteResult> results =
                ((AssociationCapable) sync.hubSpot())
                        .associate(
                                "contacts",
                                "companies",
                                List.of(
                                        primary
                                                ? new AssociationWrite(
                                                        "p",
                                                        contact,
                                                        company,
                                                        "HUBSPOT_DEFINED",
                                                        CompanySync.PRIMARY_COMPANY_TYPE)
                                                : new AssociationWrite(
                                                        "a", contact, company, null, null)));
        assertThat(results.getFirst().succeeded()).isTrue();
    }

    /** The HubSpot company linked with the Salesforce contact's account. */
    private String accountCompany(String salesforceContact) {
        String account =
                (String)
                        sync.salesforceById("Contact", salesforceContact, "AccountId")
                                .fields()
                                .get("AccountId");
        return account == null
                ? null
                : (String)
                        sync.salesforceById("Account", account, "HubSpot_Id__c")
                                .fields()
                                .get("HubSpot_Id__c");
    }

    private String primaryCompany(String hubSpotContact) {
        Object company =
                sync.hubSpotById(hubSpotContact, PairSchema.PRIMARY_COMPANY)
                        .fields()
                        .get(PairSchema.PRIMARY_COMPANY);
        return company == null || company.toString().isBlank() ? null : company.toString();
    }

    private String newCompany(String name) {
        List<WriteResult> results =
                sync.hubSpot()
                        .write(
                                "companies",
                                WriteOperation.CREATE,
                                List.of(new RecordWrite("c", null, null, Map.of("name", name))));
        assertThat(results.getFirst().succeeded()).isTrue();
        return results.getFirst().id();
    }

    private String newAccount(String name) {
        return sync.createSalesforce("Account", Map.of("Name", name));
    }
}
