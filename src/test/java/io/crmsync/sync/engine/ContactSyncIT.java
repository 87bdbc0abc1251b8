package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contacts both ways against the sandboxes over HTTP: create, dedupe, update, echo. */
@CrmsyncIntegrationTest
class ContactSyncIT extends SyncScenarioSupport {

    @Test
    void aSalesforceContactCreatesAHubSpotContactAndLinksThem() {
        String email = SyncFixture.email("ada");
        String id =
                sync.createSalesforce(
                        "Contact",
                        Map.of(
                                "FirstName",
                                "Ada",
                                "LastName",
                                "Lovelace",
                                "Email",
                                email,
                                "Title",
                                "Countess"));

        sync.settle();

        var contact = sync.hubSpotByEmail(email, "firstname", "lastname", "jobtitle").orElseThrow();
        assertThat(contact.fields())
                .containsEntry("firstname", "Ada")
                .containsEntry("lastname", "Lovelace")
                .containsEntry("jobtitle", "Countess");
        Link link = sync.linkOfSalesforce(id).orElseThrow();
        assertThat(link.hubSpotId()).isEqualTo(contact.id());
        assertThat(link.salesforceType()).isEqualTo("Contact");
    }

    @Test
    void aHubSpotContactCreatesASalesforceContactAndAnEchoSettlesInOneRoundTrip() {
        String email = SyncFixture.email("grace");
        String id =
                sync.createHubSpot(
                        Map.of("firstname", "Grace", "lastname", "Hopper", "email", email));

        sync.settle();

        var created =
                sync.salesforceByEmail("Contact", email, "FirstName", "LastName", "HubSpot_Id__c");
        assertThat(created).hasSize(1);
        assertThat(created.getFirst().fields())
                .containsEntry("LastName", "Hopper")
                .containsEntry("HubSpot_Id__c", id);
        assertThat(sync.linkOfHubSpot(id)).isPresent();
        // The owner Salesforce gave the new contact flows back to HubSpot once; then all is quiet.
        sync.settle();
        assertThat(sync.settle()).as("nothing left to sync after the echo").isZero();
        assertThat(sync.hubSpotById(id, "hubspot_owner_id").fields())
                .containsEntry("hubspot_owner_id", "75318201");
    }

    @Test
    void aFirstSyncDedupesByEmailWhatAlreadyExistsOnBothSides() {
        String email = SyncFixture.email("alan");
        String hubSpotId =
                sync.createHubSpot(
                        Map.of(
                                "firstname",
                                "Alan",
                                "lastname",
                                "Turing",
                                "email",
                                email.toUpperCase(),
                                "phone",
                                "+44 1234"));
        String salesforceId =
                sync.createSalesforce(
                        "Contact",
                        Map.of("FirstName", "Alan", "LastName", "Turing", "Email", email));

        sync.settle();

        assertThat(sync.salesforceByEmail("Contact", email, "Id")).hasSize(1);
        assertThat(sync.salesforceByEmail("Lead", email, "Id")).isEmpty();
        Link link = sync.linkOfSalesforce(salesforceId).orElseThrow();
        assertThat(link.hubSpotId()).isEqualTo(hubSpotId);
        assertThat(sync.salesforceById("Contact", salesforceId, "Phone").fields())
                .as("HubSpot's value fills the blank Salesforce field")
                .containsEntry("Phone", "+44 1234");
    }

    @Test
    void updatesFollowTheRulesAndSettle() {
        String email = SyncFixture.email("edsger");
        String salesforceId =
                sync.createSalesforce(
                        "Contact",
                        Map.of("FirstName", "Edsger", "LastName", "Dijkstra", "Email", email));
        sync.settle();
        String hubSpotId = sync.linkOfSalesforce(salesforceId).orElseThrow().hubSpotId();

        sync.updateSalesforce("Contact", salesforceId, Map.of("Title", "Professor"));
        sync.settle();
        assertThat(sync.hubSpotById(hubSpotId, "jobtitle").fields())
                .containsEntry("jobtitle", "Professor");

        sync.updateHubSpot(hubSpotId, Map.of("jobtitle", "Dean"));
        sync.settle();
        assertThat(sync.salesforceById("Contact", salesforceId, "Title").fields())
                .as(
                        "prefer Salesforce unless blank: a HubSpot change does not overwrite Salesforce")
                .containsEntry("Title", "Professor");

        sync.updateHubSpot(hubSpotId, Map.of("email", email.replace("@", "+new@")));
        sync.settle();
        assertThat(sync.salesforceById("Contact", salesforceId, "Email").fields())
                .as("email is two-way")
                .containsEntry("Email", email.replace("@", "+new@"));
        assertThat(sync.hubSpotById(hubSpotId, "jobtitle").fields())
                .as("the next Salesforce update brings Salesforce's value back to HubSpot")
                .containsEntry("jobtitle", "Professor");
        sync.settle();
        assertThat(sync.settle()).as("no echo loop").isZero();
    }

    @Test
    void ownersAreMatchedByTheUsersEmails() {
        String email = SyncFixture.email("owned");
        // Hana owns the contact in HubSpot but has no Salesforce user: the owner stays as it is.
        String unmatched =
                sync.createHubSpot(
                        Map.of(
                                "lastname",
                                "Unmatched",
                                "email",
                                SyncFixture.email("unmatched"),
                                "hubspot_owner_id",
                                "75318203"));
        String owned =
                sync.createHubSpot(
                        Map.of(
                                "lastname",
                                "Owned",
                                "email",
                                email,
                                "hubspot_owner_id",
                                "75318202"));
        sync.settle();

        var user =
                sync.salesforce()
                        .readByKey(
                                "User",
                                "Email",
                                java.util.List.of("sam.seller@crmsync-sandbox.example.com"),
                                java.util.List.of("Id"))
                        .getFirst();
        assertThat(sync.salesforceByEmail("Contact", email, "OwnerId").getFirst().fields())
                .containsEntry("OwnerId", user.id());
        assertThat(sync.linkOfHubSpot(unmatched)).isPresent();
        assertThat(sync.errorsOf(owned)).isEmpty();
    }

    @Test
    void aChangeSyncsAtTheFirstPollWithinItsSafetyLagAndOnlyOnce() {
        String email = SyncFixture.email("barbara");
        String salesforceId =
                sync.createSalesforce(
                        "Contact",
                        Map.of("FirstName", "Barbara", "LastName", "Liskov", "Email", email));
        sync.settle();
        Link link = sync.linkOfSalesforce(salesforceId).orElseThrow();

        sync.updateSalesforce("Contact", salesforceId, Map.of("Title", "Institute Professor"));
        jobs.settleNow();

        assertThat(sync.hubSpotById(link.hubSpotId(), "jobtitle").fields())
                .as("synced before the clock passed the 15 s safety lag")
                .containsEntry("jobtitle", "Institute Professor");
        assertThat(jobs.settleNow())
                .as("read again by the next poll, the fresh change is not queued a second time")
                .isZero();
        sync.settle();
        assertThat(sync.settle()).as("settled, with the echo read back").isZero();
        assertThat(
                        jdbc.sql(
                                        "SELECT COUNT(*) FROM sync_provenance WHERE link_id = ?"
                                                + " AND field_value = ?")
                                .param(link.id())
                                .param("Institute Professor")
                                .query(Long.class)
                                .single())
                .isEqualTo(1);
    }
}
