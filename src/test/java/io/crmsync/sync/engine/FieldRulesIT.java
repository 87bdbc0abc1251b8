package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.settings.ContactMappingService;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.ContactSettings.HubSpotStateValues;
import io.crmsync.sync.ContactSettings.SalesforceStatePicklist;
import io.crmsync.sync.SyncRule;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mapping rules of S14 and the state and country options of S13, end to end. */
@CrmsyncIntegrationTest
class FieldRulesIT extends SyncScenarioSupport {

    @Autowired ContactMappingService mappings;

    @AfterEach
    void restore() {
        rule("jobtitle", SyncRule.PREFER_SALESFORCE_UNLESS_BLANK);
        rule("phone", SyncRule.PREFER_SALESFORCE_UNLESS_BLANK);
        rule("mobilephone", SyncRule.PREFER_SALESFORCE_UNLESS_BLANK);
        sync.sandboxAdmin(
                "PATCH",
                "/sandbox/salesforce/_admin/settings",
                "{\"stateCountryMode\":\"DISABLED\"}");
        clock.advance(Duration.ofMinutes(10));
    }

    @Test
    void alwaysSalesforceOverwritesHubSpotAndNeverWritesSalesforce() {
        rule("jobtitle", SyncRule.ALWAYS_SALESFORCE);
        String id = linkedContact("always", Map.of("Title", "Engineer"));
        String hubSpotId = sync.linkOfSalesforce(id).orElseThrow().hubSpotId();

        sync.updateHubSpot(hubSpotId, Map.of("jobtitle", "Astronaut"));
        sync.settle();
        assertThat(sync.salesforceById("Contact", id, "Title").fields())
                .containsEntry("Title", "Engineer");

        sync.updateSalesforce("Contact", id, Map.of("Title", ""));
        sync.settle();
        assertThat(sync.hubSpotById(hubSpotId, "jobtitle").fields().get("jobtitle"))
                .as("a blank Salesforce value is synced too")
                .isIn(null, "");
    }

    @Test
    void dontSyncLeavesTheFieldAlone() {
        rule("mobilephone", SyncRule.DONT_SYNC);
        String id = linkedContact("dont", Map.of("MobilePhone", "+1 555 0100"));
        String hubSpotId = sync.linkOfSalesforce(id).orElseThrow().hubSpotId();
        assertThat(sync.hubSpotById(hubSpotId, "mobilephone").fields().get("mobilephone")).isNull();
        sync.updateHubSpot(hubSpotId, Map.of("mobilephone", "+1 555 0199"));
        sync.settle();
        assertThat(sync.salesforceById("Contact", id, "MobilePhone").fields())
                .containsEntry("MobilePhone", "+1 555 0100");
    }

    @Test
    void twoWayTakesTheNewestChangeAndPropagatesBlanks() {
        rule("phone", SyncRule.TWO_WAY);
        String id = linkedContact("twoway", Map.of("Phone", "+1 555 0001"));
        String hubSpotId = sync.linkOfSalesforce(id).orElseThrow().hubSpotId();

        sync.updateHubSpot(hubSpotId, Map.of("phone", "+1 555 0002"));
        sync.settle();
        assertThat(sync.salesforceById("Contact", id, "Phone").fields())
                .containsEntry("Phone", "+1 555 0002");

        sync.updateSalesforce("Contact", id, Map.of("Phone", "+1 555 0003"));
        clock.advance(Duration.ofSeconds(5));
        sync.updateHubSpot(hubSpotId, Map.of("phone", "+1 555 0004"));
        sync.settle();
        assertThat(sync.salesforceById("Contact", id, "Phone").fields())
                .as("HubSpot's change is newer")
                .containsEntry("Phone", "+1 555 0004");
        assertThat(sync.hubSpotById(hubSpotId, "phone").fields())
                .containsEntry("phone", "+1 555 0004");

        sync.updateHubSpot(hubSpotId, Map.of("phone", ""));
        sync.settle();
        assertThat(sync.salesforceById("Contact", id, "Phone").fields().get("Phone"))
                .isIn(null, "");
    }

    @Test
    void stateAndCountryConvertToTheOrgsPicklists() {
        sync.sandboxAdmin(
                "PATCH",
                "/sandbox/salesforce/_admin/settings",
                "{\"stateCountryMode\":\"ENABLED\"}");
        clock.advance(Duration.ofMinutes(10));
        sync.contactSettings(
                s ->
                        s.withStates(
                                SalesforceStatePicklist.ENABLED,
                                HubSpotStateValues.MATCH_SALESFORCE_DEFAULTS));

        String email = SyncFixture.email("state");
        sync.createHubSpot(
                Map.of(
                        "lastname",
                        "State",
                        "email",
                        email,
                        "state",
                        "California",
                        "country",
                        "United States"));
        String noCountry = SyncFixture.email("nocountry");
        String noCountryId =
                sync.createHubSpot(
                        Map.of("lastname", "Nowhere", "email", noCountry, "state", "Texas"));
        sync.settle();

        var contact =
                sync.salesforceByEmail("Contact", email, "MailingStateCode", "MailingCountryCode")
                        .getFirst();
        assertThat(contact.fields())
                .containsEntry("MailingStateCode", "CA")
                .containsEntry("MailingCountryCode", "US");
        assertThat(sync.errorsOf(noCountryId))
                .anySatisfy(
                        e -> {
                            assertThat(e.get("error_type"))
                                    .isEqualTo(ErrorType.PICKLIST_VALUES.name());
                            assertThat(e.get("code")).isEqualTo("STATE_WITHOUT_COUNTRY");
                        });

        sync.contactSettings(
                s -> s.withStates(SalesforceStatePicklist.ENABLED, HubSpotStateValues.SEND_AS_IS));
        String asIs = SyncFixture.email("asis");
        String asIsId =
                sync.createHubSpot(
                        Map.of(
                                "lastname",
                                "AsIs",
                                "email",
                                asIs,
                                "state",
                                "Calif.",
                                "country",
                                "US"));
        sync.settle();
        assertThat(sync.errorsOf(asIsId))
                .anySatisfy(e -> assertThat(e.get("error_type")).isEqualTo("PICKLIST_VALUES"));
    }

    @Test
    void salesforceCodesBecomeFullNamesInHubSpot() {
        sync.sandboxAdmin(
                "PATCH",
                "/sandbox/salesforce/_admin/settings",
                "{\"stateCountryMode\":\"ENABLED\"}");
        clock.advance(Duration.ofMinutes(10));
        sync.contactSettings(
                s ->
                        s.withStates(
                                SalesforceStatePicklist.ENABLED,
                                HubSpotStateValues.MATCH_SALESFORCE_DEFAULTS));
        String id =
                linkedContact(
                        "codes", Map.of("MailingStateCode", "NY", "MailingCountryCode", "US"));
        String hubSpotId = sync.linkOfSalesforce(id).orElseThrow().hubSpotId();
        assertThat(sync.hubSpotById(hubSpotId, "state", "country").fields())
                .containsEntry("state", "New York")
                .containsEntry("country", "United States");
    }

    private String linkedContact(String name, Map<String, Object> fields) {
        Map<String, Object> values = new java.util.HashMap<>(fields);
        values.put("LastName", name);
        values.put("Email", SyncFixture.email(name));
        String id = sync.createSalesforce("Contact", values);
        sync.settle();
        return id;
    }

    private void rule(String property, SyncRule rule) {
        MappingRuleFixture.rule(mappings, property, rule);
    }
}
