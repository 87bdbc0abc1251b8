package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.CrmList;
import io.crmsync.spi.ListCapable;
import io.crmsync.sync.ContactSettings.HubSpotTarget;
import io.crmsync.sync.ContactSettings.SalesforceChangeAction;
import io.crmsync.sync.ContactSettings.SalesforceDeleteAction;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every option of the Contacts tab's rules S7, S8, S10 and S12, against the sandboxes. */
@CrmsyncIntegrationTest
class ContactRulesIT extends SyncScenarioSupport {

    @Test
    void s7DoNothingKeepsSalesforceChangesOutOfHubSpot() {
        String email = SyncFixture.email("quiet");
        String id = sync.createSalesforce("Contact", Map.of("LastName", "Quiet", "Email", email));
        sync.settle();
        String hubSpotId = sync.linkOfSalesforce(id).orElseThrow().hubSpotId();

        sync.contactSettings(s -> s.withSalesforceChanges(SalesforceChangeAction.DO_NOTHING));
        sync.updateSalesforce("Contact", id, Map.of("Title", "Unseen"));
        String newEmail = SyncFixture.email("never");
        sync.createSalesforce("Contact", Map.of("LastName", "Never", "Email", newEmail));
        sync.settle();

        assertThat(sync.hubSpotById(hubSpotId, "jobtitle").fields().get("jobtitle")).isNull();
        assertThat(sync.hubSpotByEmail(newEmail)).isEmpty();
    }

    @Test
    void s7AndS12NewSalesforceRecordsSyncOutsideTheListButUpdatesOnlyInside() {
        ListCapable lists = (ListCapable) sync.hubSpot();
        CrmList list = lists.createList("Inclusion " + SyncFixture.email("l"), "contacts");
        sync.contactSettings(s -> s.withInclusionList(list.id()));

        String email = SyncFixture.email("outside");
        String id = sync.createSalesforce("Contact", Map.of("LastName", "Outside", "Email", email));
        sync.settle();
        String hubSpotId = sync.hubSpotByEmail(email).orElseThrow().id();
        assertThat(sync.linkOfSalesforce(id)).as("created even outside the list").isPresent();

        sync.updateSalesforce("Contact", id, Map.of("Title", "Ignored"));
        sync.settle();
        assertThat(sync.hubSpotById(hubSpotId, "jobtitle").fields().get("jobtitle")).isNull();

        lists.addMembers(list.id(), List.of(hubSpotId));
        sync.updateSalesforce("Contact", id, Map.of("Title", "Member"));
        sync.settle();
        assertThat(sync.hubSpotById(hubSpotId, "jobtitle").fields())
                .containsEntry("jobtitle", "Member");
    }

    @Test
    void s12OnlyListMembersSyncFromHubSpot() {
        ListCapable lists = (ListCapable) sync.hubSpot();
        CrmList list = lists.createList("Members " + SyncFixture.email("l"), "contacts");
        sync.contactSettings(s -> s.withInclusionList(list.id()));
        String outside = SyncFixture.email("nonmember");
        String inside = SyncFixture.email("member");
        sync.createHubSpot(Map.of("lastname", "Out", "email", outside));
        String member = sync.createHubSpot(Map.of("lastname", "In", "email", inside));
        lists.addMembers(list.id(), List.of(member));

        sync.settle();

        assertThat(sync.salesforceByEmail("Contact", outside, "Id")).isEmpty();
        assertThat(sync.salesforceByEmail("Contact", inside, "Id")).hasSize(1);
    }

    @Test
    void s8HubSpotContactsCanBecomeLeadsAndAConvertedLeadRelinksWithoutADuplicate() {
        sync.contactSettings(
                s -> s.withHubSpotTarget(HubSpotTarget.LEAD).withAutoCreateCompanies(false));
        String email = SyncFixture.email("lead");
        String hubSpotId =
                sync.createHubSpot(Map.of("firstname", "Lee", "lastname", "Ead", "email", email));
        sync.settle();

        var leads = sync.salesforceByEmail("Lead", email, "Company", "HubSpot_Id__c");
        assertThat(leads).hasSize(1);
        assertThat(leads.getFirst().fields()).containsEntry("Company", "[not provided]");
        assertThat(sync.salesforceByEmail("Contact", email, "Id")).isEmpty();

        var converted =
                sync.json(
                        sync.sandboxAdmin(
                                "POST",
                                "/sandbox/salesforce/_admin/leads/"
                                        + leads.getFirst().id()
                                        + "/convert",
                                null));
        String contactId = converted.get("contactId").asString();
        sync.settle();

        Link link = sync.linkOfHubSpot(hubSpotId).orElseThrow();
        assertThat(link.salesforceType()).isEqualTo("Contact");
        assertThat(link.salesforceId()).isEqualTo(contactId);
        assertThat(sync.salesforceByEmail("Contact", email, "Id")).hasSize(1);
        assertThat(sync.hubSpot().readByKey("contacts", "email", List.of(email), List.of("email")))
                .hasSize(1);
    }

    @Test
    void s10SalesforceDeletesDeleteInHubSpotOnlyWhenAsked() {
        String keep = SyncFixture.email("keep");
        String keepId = sync.createSalesforce("Contact", Map.of("LastName", "Keep", "Email", keep));
        sync.settle();
        sync.deleteSalesforce("Contact", keepId);
        sync.settle();
        assertThat(sync.hubSpotByEmail(keep))
                .as("do nothing: the HubSpot contact stays")
                .isPresent();

        sync.contactSettings(s -> s.withSalesforceDeletes(SalesforceDeleteAction.DELETE_CONTACT));
        String gone = SyncFixture.email("gone");
        String goneId = sync.createSalesforce("Contact", Map.of("LastName", "Gone", "Email", gone));
        sync.settle();
        assertThat(sync.hubSpotByEmail(gone)).isPresent();
        sync.deleteSalesforce("Contact", goneId);
        sync.settle();
        assertThat(sync.hubSpotByEmail(gone)).isEmpty();
        assertThat(sync.linkOfSalesforce(goneId)).isEmpty();
    }

    @Test
    void s10AHubSpotDeleteNeverDeletesInSalesforce() {
        sync.contactSettings(s -> s.withSalesforceDeletes(SalesforceDeleteAction.DELETE_CONTACT));
        String email = SyncFixture.email("stays");
        String id = sync.createSalesforce("Contact", Map.of("LastName", "Stays", "Email", email));
        sync.settle();
        sync.deleteHubSpot(sync.linkOfSalesforce(id).orElseThrow().hubSpotId());
        sync.settle();
        assertThat(sync.salesforceById("Contact", id, "Email")).isNotNull();
        assertThat(sync.linkOfSalesforce(id)).isEmpty();
    }
}
