package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.sync.ContactSettings;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Companies for contacts (S9) and lifecycle stages from opportunities (S11). */
@CrmsyncIntegrationTest
class CompanyAndLifecycleIT extends SyncScenarioSupport {

    @Test
    void s9AnAccountBecomesOneCompanyForAllItsContacts() {
        String account =
                sync.createSalesforce(
                        "Account",
                        Map.of(
                                "Name",
                                "Acme " + SyncFixture.email("a"),
                                "Website",
                                "https://www.acme.example"));
        String first =
                sync.createSalesforce(
                        "Contact",
                        Map.of(
                                "LastName",
                                "One",
                                "Email",
                                SyncFixture.email("one"),
                                "AccountId",
                                account));
        sync.settle();
        String second =
                sync.createSalesforce(
                        "Contact",
                        Map.of(
                                "LastName",
                                "Two",
                                "Email",
                                SyncFixture.email("two"),
                                "AccountId",
                                account));
        sync.settle();

        String company = companyOf(sync.linkOfSalesforce(first).orElseThrow().hubSpotId());
        assertThat(company).isNotNull();
        assertThat(companyOf(sync.linkOfSalesforce(second).orElseThrow().hubSpotId()))
                .isEqualTo(company);
        assertThat(
                        sync.hubSpot()
                                .readByIds("companies", List.of(company), List.of("domain"))
                                .getFirst()
                                .fields())
                .containsEntry("domain", "acme.example");
    }

    @Test
    void s9AHubSpotCompanyBecomesTheAccountOfNewSalesforceContacts() {
        String company = newCompany("Globex " + SyncFixture.email("g"));
        String email = SyncFixture.email("globex");
        String contact = sync.createHubSpot(Map.of("lastname", "Hank", "email", email));
        ((AssociationCapable) sync.hubSpot())
                .associate(
                        "contacts",
                        "companies",
                        List.of(new AssociationWrite("a", contact, company, null, null)));

        sync.settle();

        var created = sync.salesforceByEmail("Contact", email, "AccountId");
        assertThat(created).hasSize(1);
        String accountId = (String) created.getFirst().fields().get("AccountId");
        assertThat(accountId).isNotNull();
        assertThat(sync.salesforceById("Account", accountId, "HubSpot_Id__c").fields())
                .containsEntry("HubSpot_Id__c", company);
    }

    @Test
    void s9TheAccountIsThatOfTheContactsPrimaryCompany() {
        String other = newCompany("Hooli " + SyncFixture.email("h"));
        String primary = newCompany("Pied Piper " + SyncFixture.email("p"));
        String email = SyncFixture.email("richard");
        String contact = sync.createHubSpot(Map.of("lastname", "Hendricks", "email", email));
        ((AssociationCapable) sync.hubSpot())
                .associate(
                        "contacts",
                        "companies",
                        List.of(
                                new AssociationWrite("a", contact, other, null, null),
                                new AssociationWrite("b", contact, primary, "HUBSPOT_DEFINED", 1)));

        sync.settle();

        String accountId =
                (String)
                        sync.salesforceByEmail("Contact", email, "AccountId")
                                .getFirst()
                                .fields()
                                .get("AccountId");
        assertThat(sync.salesforceById("Account", accountId, "HubSpot_Id__c").fields())
                .containsEntry("HubSpot_Id__c", primary);
    }

    private String newCompany(String name) {
        return single(
                sync.hubSpot()
                        .write(
                                "companies",
                                WriteOperation.CREATE,
                                List.of(new RecordWrite("c", null, null, Map.of("name", name)))));
    }

    @Test
    void s9AConvertedLeadDoesNotMakeASecondCompany() {
        sync.contactSettings(
                s ->
                        new ContactSettings(
                                s.salesforceChanges(),
                                ContactSettings.HubSpotTarget.LEAD,
                                true,
                                s.salesforceDeletes(),
                                s.lifecycleFromOpportunities(),
                                s.companyLifecycleSync(),
                                null,
                                s.salesforceStatePicklist(),
                                s.hubSpotStateValues()));
        String company = newCompany("Initech " + SyncFixture.email("i"));
        String email = SyncFixture.email("peter");
        String contact =
                sync.createHubSpot(
                        Map.of("lastname", "Gibbons", "email", email, "company", "Initech"));
        ((AssociationCapable) sync.hubSpot())
                .associate(
                        "contacts",
                        "companies",
                        List.of(new AssociationWrite("a", contact, company, null, null)));
        sync.settle();
        String lead = sync.salesforceByEmail("Lead", email, "Id").getFirst().id();

        sync.sandboxAdmin("POST", "/sandbox/salesforce/_admin/leads/" + lead + "/convert", null);
        sync.settle();

        assertThat(companiesOf(contact)).containsExactly(company);
    }

    @Test
    void s11LifecycleFollowsContactRolesForwardOnlyAndSpreadsToTheCompany() {
        sync.contactSettings(
                s ->
                        new ContactSettings(
                                s.salesforceChanges(),
                                s.hubSpotTarget(),
                                true,
                                s.salesforceDeletes(),
                                true,
                                true,
                                null,
                                s.salesforceStatePicklist(),
                                s.hubSpotStateValues()));
        String account =
                sync.createSalesforce(
                        "Account", Map.of("Name", "Umbrella " + SyncFixture.email("u")));
        String buyer =
                sync.createSalesforce(
                        "Contact",
                        Map.of(
                                "LastName",
                                "Buyer",
                                "Email",
                                SyncFixture.email("buyer"),
                                "AccountId",
                                account));
        String colleague =
                sync.createSalesforce(
                        "Contact",
                        Map.of(
                                "LastName",
                                "Colleague",
                                "Email",
                                SyncFixture.email("colleague"),
                                "AccountId",
                                account));
        String bystander =
                sync.createSalesforce(
                        "Contact",
                        Map.of("LastName", "Bystander", "Email", SyncFixture.email("by")));
        String opportunity =
                sync.createSalesforce(
                        "Opportunity",
                        Map.of(
                                "Name",
                                "Deal",
                                "StageName",
                                "Prospecting",
                                "CloseDate",
                                LocalDate.of(2027, 1, 31).toString(),
                                "AccountId",
                                account));
        sync.settle();
        String noRole = lifecycle(bystander);
        Map<String, Object> buyerBefore = salesforceSide(buyer);
        Map<String, Object> colleagueBefore = salesforceSide(colleague);

        sync.sandboxAdmin(
                "POST",
                "/sandbox/salesforce/_admin/opportunities/" + opportunity + "/contact-roles",
                "{\"contactId\":\"" + buyer + "\",\"role\":\"Decision Maker\",\"primary\":true}");
        sync.settle();
        assertThat(lifecycle(buyer)).isEqualTo("opportunity");
        assertThat(lifecycle(colleague))
                .as("spread to the company's contacts")
                .isEqualTo("opportunity");

        sync.sandboxAdmin(
                "POST",
                "/sandbox/salesforce/_admin/opportunities/" + opportunity + "/stage",
                "{\"stageName\":\"Closed Won\"}");
        sync.settle();
        assertThat(lifecycle(buyer)).isEqualTo("customer");

        sync.sandboxAdmin(
                "POST",
                "/sandbox/salesforce/_admin/opportunities/" + opportunity + "/stage",
                "{\"stageName\":\"Negotiation/Review\"}");
        sync.settle();
        assertThat(lifecycle(buyer)).as("never backwards").isEqualTo("customer");
        assertThat(lifecycle(bystander)).as("no contact role, no change").isEqualTo(noRole);
        assertThat(salesforceSide(buyer)).as("Salesforce unchanged").isEqualTo(buyerBefore);
        assertThat(salesforceSide(colleague)).as("Salesforce unchanged").isEqualTo(colleagueBefore);
        assertThat(sync.salesforceById("Opportunity", opportunity, "StageName").fields())
                .containsEntry("StageName", "Negotiation/Review");
    }

    /**
     * The contact's modification stamps in Salesforce: any write to it, of any field, by a
     * lifecycle change written back or echoed from HubSpot, moves them.
     */
    private Map<String, Object> salesforceSide(String contact) {
        var record = sync.salesforceById("Contact", contact, "LastModifiedDate", "SystemModstamp");
        Map<String, Object> fields = new java.util.HashMap<>(record.fields());
        fields.put("modifiedAt", record.modifiedAt());
        return fields;
    }

    private String lifecycle(String salesforceContact) {
        String hubSpotId = sync.linkOfSalesforce(salesforceContact).orElseThrow().hubSpotId();
        return (String)
                sync.hubSpotById(hubSpotId, "lifecyclestage").fields().get("lifecyclestage");
    }

    private String companyOf(String hubSpotContact) {
        List<String> companies = companiesOf(hubSpotContact);
        return companies.isEmpty() ? null : companies.getFirst();
    }

    private List<String> companiesOf(String hubSpotContact) {
        return ((AssociationCapable) sync.hubSpot())
                .readAssociations("contacts", List.of(hubSpotContact), "companies").stream()
                        .map(a -> a.toId())
                        .distinct()
                        .toList();
    }

    private static String single(List<io.crmsync.spi.WriteResult> results) {
        assertThat(results.getFirst().succeeded()).isTrue();
        return results.getFirst().id();
    }
}
