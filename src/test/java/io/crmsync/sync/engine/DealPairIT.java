package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.settings.CompanySettingsService;
import io.crmsync.settings.ContactSettingsRejected;
import io.crmsync.settings.DealSettingsService;
import io.crmsync.spi.Association;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.DealSettings;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * S16 against both sandboxes: deals ⇄ opportunities as a pair of their own, with the stage mapping,
 * the deal's company from the opportunity's account, its contacts from the contact roles, both
 * ways, and the prerequisite of company sync.
 */
@CrmsyncIntegrationTest
class DealPairIT extends SyncScenarioSupport {

    @Autowired CompanySettingsService companySettings;
    @Autowired DealSettingsService dealSettings;

    @BeforeEach
    void dealsOn() {
        TestAccounts.asAdmin(
                () -> {
                    var companies = companySettings.current();
                    companySettings.save(
                            CompanySettings.DEFAULTS.withSyncEnabled(true), companies.version());
                    var deals = dealSettings.current();
                    dealSettings.save(DealSettings.DEFAULTS.withSyncEnabled(true), deals.version());
                });
    }

    @AfterEach
    void dealsOff() {
        TestAccounts.asAdmin(
                () -> {
                    var deals = dealSettings.current();
                    dealSettings.save(DealSettings.DEFAULTS, deals.version());
                    var companies = companySettings.current();
                    companySettings.save(CompanySettings.DEFAULTS, companies.version());
                });
    }

    @Test
    void anOpportunityBecomesADealInTheMappedStageWithItsCompanyAndContacts() {
        Opportunity o = opportunityWithRole("Qualification");

        Link deal = linkOfOpportunity(o.id).orElseThrow();
        CrmRecord record = deal(deal.hubSpotId());
        assertThat(record.fields())
                .containsEntry("dealstage", "qualifiedtobuy")
                .containsEntry("pipeline", "default")
                .containsEntry("salesforce_opportunity_id", o.id);
        assertThat(record.fields().get("dealname").toString()).startsWith("Big deal ");
        assertThat(associated(deal.hubSpotId(), "companies")).containsExactly(o.company);
        assertThat(associated(deal.hubSpotId(), "contacts")).containsExactly(o.contact);
        assertThat(sync.errorsOf(o.id)).isEmpty();
    }

    @Test
    void aDealMovedToClosedWonInHubSpotClosesTheOpportunityWon() {
        Opportunity o = opportunityWithRole("Proposal/Price Quote");
        String deal = linkOfOpportunity(o.id).orElseThrow().hubSpotId();

        write("deals", WriteOperation.UPDATE, deal, Map.of("dealstage", "closedwon"));
        sync.settle();
        sync.settle();

        assertThat(sync.salesforceById("Opportunity", o.id, "StageName", "IsWon").fields())
                .containsEntry("StageName", "Closed Won")
                .containsEntry("IsWon", true);
        assertThat(deal(deal).fields()).containsEntry("dealstage", "closedwon");
        assertThat(sync.errorsOf(deal)).isEmpty();
    }

    @Test
    void aHubSpotDealMakesAnOpportunityWithItsAccountAndContactRoles() {
        Opportunity o = opportunityWithRole("Prospecting");
        String deal =
                write(
                        "deals",
                        WriteOperation.CREATE,
                        null,
                        Map.of(
                                "dealname", "From HubSpot " + SyncFixture.email("d"),
                                "pipeline", "default",
                                "dealstage", "presentationscheduled",
                                "amount", "1200",
                                "closedate", "2027-03-31T00:00:00.000Z"));
        associate(deal, "companies", o.company);
        associate(deal, "contacts", o.contact);
        write("deals", WriteOperation.UPDATE, deal, Map.of("description", "associated"));
        sync.settle();
        sync.settle();

        Link link = linkOfDeal(deal).orElseThrow();
        CrmRecord opportunity =
                sync.salesforceById("Opportunity", link.salesforceId(), "StageName", "AccountId");
        assertThat(opportunity.fields())
                .containsEntry("StageName", "Needs Analysis")
                .containsEntry("AccountId", o.account);
        assertThat(
                        sync.salesforce()
                                .readByKey(
                                        "OpportunityContactRole",
                                        "OpportunityId",
                                        List.of(link.salesforceId()),
                                        List.of("ContactId")))
                .extracting(r -> r.fields().get("ContactId"))
                .containsExactly(o.salesforceContact);
    }

    @Test
    void aDealInAnUnmappedStageMakesNoOpportunityAndSaysWhy() {
        String deal =
                write(
                        "deals",
                        WriteOperation.CREATE,
                        null,
                        Map.of(
                                "dealname", "Renewal " + SyncFixture.email("r"),
                                "pipeline", "751398117",
                                "dealstage", "751398118",
                                "closedate", "2027-03-31T00:00:00.000Z"));
        sync.settle();

        assertThat(linkOfDeal(deal)).isEmpty();
        assertThat(sync.errorsOf(deal))
                .extracting(e -> e.get("code"))
                .containsExactly("UNMAPPED_STAGE");
    }

    @Test
    void aRemovedContactRoleRemovesTheDealsContact() {
        Opportunity o = opportunityWithRole("Qualification");
        String deal = linkOfOpportunity(o.id).orElseThrow().hubSpotId();

        sync.deleteSalesforce("OpportunityContactRole", o.role);
        sync.updateSalesforce("Opportunity", o.id, Map.of("Description", "role removed"));
        sync.settle();
        sync.settle();

        assertThat(associated(deal, "contacts")).isEmpty();
    }

    @Test
    void dealSyncWaitsForCompanySync() {
        TestAccounts.asAdmin(
                () -> {
                    var deals = dealSettings.current();
                    dealSettings.save(DealSettings.DEFAULTS, deals.version());
                    var companies = companySettings.current();
                    companySettings.save(CompanySettings.DEFAULTS, companies.version());
                    var again = dealSettings.current();
                    assertThatThrownBy(
                                    () ->
                                            dealSettings.save(
                                                    DealSettings.DEFAULTS.withSyncEnabled(true),
                                                    again.version()))
                            .isInstanceOf(ContactSettingsRejected.class)
                            .hasMessageContaining("company sync");
                    companySettings.save(
                            CompanySettings.DEFAULTS.withSyncEnabled(true),
                            companySettings.current().version());
                    dealSettings.save(
                            DealSettings.DEFAULTS.withSyncEnabled(true),
                            dealSettings.current().version());
                    assertThatThrownBy(
                                    () ->
                                            companySettings.save(
                                                    CompanySettings.DEFAULTS,
                                                    companySettings.current().version()))
                            .isInstanceOf(ContactSettingsRejected.class)
                            .hasMessageContaining("deal sync off");
                });
    }

    private record Opportunity(
            String id,
            String account,
            String company,
            String salesforceContact,
            String contact,
            String role) {}

    /** An account, its contact and an opportunity with that contact's role, synced. */
    private Opportunity opportunityWithRole(String stage) {
        String account =
                sync.createSalesforce("Account", Map.of("Name", "Acme " + SyncFixture.email("a")));
        String contact =
                sync.createSalesforce(
                        "Contact",
                        Map.of(
                                "LastName",
                                "Coyote",
                                "Email",
                                SyncFixture.email("wile"),
                                "AccountId",
                                account));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Name", "Big deal " + SyncFixture.email("o"));
        fields.put("StageName", stage);
        fields.put("CloseDate", LocalDate.of(2027, 6, 30).toString());
        fields.put("AccountId", account);
        fields.put("Amount", 50000);
        String opportunity = sync.createSalesforce("Opportunity", fields);
        String role =
                sync.createSalesforce(
                        "OpportunityContactRole",
                        Map.of("OpportunityId", opportunity, "ContactId", contact));
        sync.settle();
        sync.settle();
        String company =
                Optional.ofNullable(
                                links.bySalesforceIds(LinkStore.COMPANY, List.of(account))
                                        .get(account))
                        .orElseThrow()
                        .hubSpotId();
        String hubSpotContact = sync.linkOfSalesforce(contact).orElseThrow().hubSpotId();
        return new Opportunity(opportunity, account, company, contact, hubSpotContact, role);
    }

    private Optional<Link> linkOfOpportunity(String id) {
        return Optional.ofNullable(links.bySalesforceIds("deal", List.of(id)).get(id));
    }

    private Optional<Link> linkOfDeal(String id) {
        return Optional.ofNullable(links.byHubSpotIds("deal", List.of(id)).get(id));
    }

    private CrmRecord deal(String id) {
        return sync.hubSpot()
                .readByIds(
                        "deals",
                        List.of(id),
                        List.of(
                                "dealname",
                                "dealstage",
                                "pipeline",
                                "amount",
                                "salesforce_opportunity_id"))
                .getFirst();
    }

    private List<String> associated(String deal, String toType) {
        return ((AssociationCapable) sync.hubSpot())
                .readAssociations("deals", List.of(deal), toType).stream()
                        .map(Association::toId)
                        .toList();
    }

    private void associate(String deal, String toType, String id) {
        List<WriteResult> results =
                ((AssociationCapable) sync.hubSpot())
                        .associate(
                                "deals",
                                toType,
                                List.of(new AssociationWrite("a", deal, id, null, null)));
        assertThat(results.getFirst().succeeded()).isTrue();
    }

    private String write(
            String type, WriteOperation operation, String id, Map<String, Object> values) {
        List<WriteResult> results =
                sync.hubSpot()
                        .write(type, operation, List.of(new RecordWrite("w", id, null, values)));
        assertThat(results.getFirst().succeeded())
                .as(String.valueOf(results.getFirst().failure()))
                .isTrue();
        return results.getFirst().id();
    }
}
