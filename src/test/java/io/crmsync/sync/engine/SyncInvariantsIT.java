package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.FaultSettings;
import io.crmsync.settings.ContactMappingService;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SyncRule;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three promises of PRODUCT.md that must hold everywhere, each where it broke: no lost update
 * when a record is edited on both sides seconds apart, no duplicate when a create's answer is lost
 * and the emails change on both sides before the retry, and no value erased when the other side
 * refused it.
 */
@CrmsyncIntegrationTest
class SyncInvariantsIT extends SyncScenarioSupport {

    @Autowired WorkQueue queue;
    @Autowired SyncWorkers workers;
    @Autowired FaultPlan faults;
    @Autowired ContactMappingService mappings;

    @AfterEach
    void noFaults() {
        faults.clear("hubspot");
        faults.clear("salesforce");
        rule("jobtitle", SyncRule.PREFER_SALESFORCE_UNLESS_BLANK);
    }

    @Test
    void theNewerEmailWinsWhenTheOlderChangeIsSyncedFirst() {
        String salesforceId =
                sync.createSalesforce(
                        "Contact",
                        Map.of("LastName", "Both", "Email", SyncFixture.email("both-e1")));
        sync.settle();
        String hubSpotId = sync.linkOfSalesforce(salesforceId).orElseThrow().hubSpotId();

        String older = SyncFixture.email("both-e2");
        String newer = SyncFixture.email("both-e3");
        sync.updateSalesforce("Contact", salesforceId, Map.of("Email", older));
        clock.advance(Duration.ofMillis(1200));
        sync.updateHubSpot(hubSpotId, Map.of("email", newer));
        // The Salesforce change is synced first, as when its poll comes round before HubSpot's.
        syncSalesforceContactAlone(salesforceId);
        sync.settle();

        assertThat(sync.hubSpotById(hubSpotId, "email").fields()).containsEntry("email", newer);
        assertThat(sync.salesforceById("Contact", salesforceId, "Email").fields())
                .containsEntry("Email", newer);
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundAgainAfterBothEmailsChanged() {
        String first = SyncFixture.email("lost-e1");
        String salesforceId =
                sync.createSalesforce("Contact", Map.of("LastName", "Lost", "Email", first));
        faults.set("hubspot", "/crm/v3/objects/contacts/batch", lostAfterEveryWrite());
        syncSalesforceContactAlone(salesforceId);
        faults.clear("hubspot");
        String hubSpotId = sync.hubSpotByEmail(first).orElseThrow().id();
        assertThat(sync.linkOfSalesforce(salesforceId)).as("no answer, no link").isEmpty();
        assertThat(sync.hubSpotById(hubSpotId, OriginStamps.HUBSPOT_PROPERTY).fields())
                .as("the contact names the record it was made from")
                .containsEntry(OriginStamps.HUBSPOT_PROPERTY, salesforceId);
        assertThat(
                        jdbc.sql("SELECT attempts FROM sync_work WHERE record_id = ?")
                                .param(salesforceId)
                                .query(Integer.class)
                                .single())
                .as("the create counts as an attempt")
                .isPositive();

        String onSalesforce = SyncFixture.email("lost-e2");
        String onHubSpot = SyncFixture.email("lost-e3");
        sync.updateSalesforce("Contact", salesforceId, Map.of("Email", onSalesforce));
        clock.advance(Duration.ofMillis(1200));
        sync.updateHubSpot(hubSpotId, Map.of("email", onHubSpot));
        clock.advance(Duration.ofHours(1));
        sync.settle();

        assertThat(sync.linkOfSalesforce(salesforceId).orElseThrow().hubSpotId())
                .isEqualTo(hubSpotId);
        assertThat(sync.hubSpotByEmail(onSalesforce)).as("no second HubSpot contact").isEmpty();
        assertThat(sync.salesforceByEmail("Contact", onHubSpot, "Id"))
                .as("one Salesforce contact, with the newer email")
                .extracting(r -> r.id())
                .containsExactly(salesforceId);
    }

    @Test
    void aValueSalesforceRefusedNeverComesBackAsABlank() {
        rule("jobtitle", SyncRule.TWO_WAY);
        String email = SyncFixture.email("long-title");
        String title = "T".repeat(170);
        String hubSpotId =
                sync.createHubSpot(Map.of("lastname", "Long", "email", email, "jobtitle", title));
        sync.settle();
        sync.settle();

        String salesforceId = sync.linkOfHubSpot(hubSpotId).orElseThrow().salesforceId();
        assertThat(sync.salesforceById("Contact", salesforceId, "Title").fields().get("Title"))
                .isNull();
        assertThat(sync.hubSpotById(hubSpotId, "jobtitle").fields())
                .containsEntry("jobtitle", title);
        assertThat(sync.errorsOf(hubSpotId))
                .as("the refused value stays an error on its record")
                .isNotEmpty();
    }

    @Test
    void aTruncatedValueIsNotSentBackOverItsSource() {
        rule("jobtitle", SyncRule.TWO_WAY);
        TestAccounts.asAdmin(() -> mappings.save(mapping("jobtitle").withTruncate(true)));
        String title = "Head of " + "T".repeat(160);
        String hubSpotId =
                sync.createHubSpot(
                        Map.of(
                                "lastname",
                                "Cut",
                                "email",
                                SyncFixture.email("cut-title"),
                                "jobtitle",
                                title));
        sync.settle();
        sync.settle();

        String salesforceId = sync.linkOfHubSpot(hubSpotId).orElseThrow().salesforceId();
        assertThat(sync.salesforceById("Contact", salesforceId, "Title").fields().get("Title"))
                .isEqualTo(title.substring(0, 128));
        assertThat(sync.hubSpotById(hubSpotId, "jobtitle").fields())
                .containsEntry("jobtitle", title);
    }

    private FieldMapping mapping(String property) {
        return MappingRuleFixture.mapping(mappings, property);
    }

    /** Syncs one Salesforce contact's change now, before any poll of the other side. */
    private void syncSalesforceContactAlone(String salesforceId) {
        queue.enqueue(
                List.of(
                        WorkItem.byId(
                                ExternalSystem.SALESFORCE,
                                "Contact",
                                salesforceId,
                                WorkReason.CHANGE,
                                null)),
                clock.instant());
        workers.processDueNow();
    }

    private static FaultSettings lostAfterEveryWrite() {
        return new FaultSettings(0, 0, 0, 0, 0, 0, 30_000, 0, 0, false, 1.0);
    }

    private void rule(String property, SyncRule rule) {
        MappingRuleFixture.rule(mappings, property, rule);
    }
}
