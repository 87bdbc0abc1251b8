package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.ContactSettings.HubSpotStateValues;
import io.crmsync.sync.ContactSettings.SalesforceStatePicklist;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The six combinations of S13's state and country options, each against the Salesforce sandbox set
 * to the org setting the option names: HubSpot's "California", "Calif." and "United States" on
 * their way to Salesforce, and a Salesforce state and country on their way back.
 */
@CrmsyncIntegrationTest
class StatePicklistModesIT extends SyncScenarioSupport {

    private static final String[] ADDRESS = {
        "MailingState", "MailingStateCode", "MailingCountry", "MailingCountryCode"
    };
    private static final String[] TEXT_ADDRESS = {"MailingState", "MailingCountry"};

    @AfterEach
    void picklistsOff() {
        sync.sandboxAdmin(
                "PATCH",
                "/sandbox/salesforce/_admin/settings",
                "{\"stateCountryMode\":\"DISABLED\"}");
        clock.advance(Duration.ofMinutes(10));
    }

    @Test
    void disabledAndMatchingWritesTheFullNames() {
        use(SalesforceStatePicklist.DISABLED, HubSpotStateValues.MATCH_SALESFORCE_DEFAULTS);
        String full = hubSpotContact("dm-full", "California", "United States");
        String abbreviated = hubSpotContact("dm-abbr", "Calif.", "United States");
        String back = salesforceContact("dm-back", "MailingState", "CA", "MailingCountry", "US");
        sync.settle();

        assertThat(salesforce(full, TEXT_ADDRESS))
                .containsEntry("MailingState", "California")
                .containsEntry("MailingCountry", "United States");
        assertThat(salesforce(abbreviated, TEXT_ADDRESS))
                .containsEntry("MailingState", "California");
        assertThat(hubSpot(back))
                .containsEntry("state", "California")
                .containsEntry("country", "United States");
    }

    @Test
    void disabledAndSendingAsIsWritesTheValuesUnchanged() {
        use(SalesforceStatePicklist.DISABLED, HubSpotStateValues.SEND_AS_IS);
        String full = hubSpotContact("da-full", "California", "United States");
        String abbreviated = hubSpotContact("da-abbr", "Calif.", "United States");
        String back = salesforceContact("da-back", "MailingState", "CA", "MailingCountry", "US");
        sync.settle();

        assertThat(salesforce(full, TEXT_ADDRESS))
                .containsEntry("MailingState", "California")
                .containsEntry("MailingCountry", "United States");
        assertThat(salesforce(abbreviated, TEXT_ADDRESS)).containsEntry("MailingState", "Calif.");
        assertThat(hubSpot(back)).containsEntry("state", "CA").containsEntry("country", "US");
    }

    @Test
    void enabledAndMatchingWritesTheCodes() {
        use(SalesforceStatePicklist.ENABLED, HubSpotStateValues.MATCH_SALESFORCE_DEFAULTS);
        String full = hubSpotContact("em-full", "California", "United States");
        String abbreviated = hubSpotContact("em-abbr", "Calif.", "United States");
        String back = codedSalesforceContact("em-back");
        sync.settle();

        assertThat(salesforce(full, ADDRESS))
                .containsEntry("MailingStateCode", "CA")
                .containsEntry("MailingState", "California")
                .containsEntry("MailingCountryCode", "US")
                .containsEntry("MailingCountry", "United States");
        assertThat(salesforce(abbreviated, ADDRESS)).containsEntry("MailingStateCode", "CA");
        assertThat(hubSpot(back))
                .containsEntry("state", "California")
                .containsEntry("country", "United States");
    }

    @Test
    void enabledAndSendingAsIsLetsSalesforceJudgeTheValues() {
        use(SalesforceStatePicklist.ENABLED, HubSpotStateValues.SEND_AS_IS);
        String full = hubSpotContact("ea-full", "California", "United States");
        String abbreviated = hubSpotContact("ea-abbr", "Calif.", "United States");
        String back = codedSalesforceContact("ea-back");
        sync.settle();

        assertThat(salesforce(full, ADDRESS))
                .containsEntry("MailingStateCode", "CA")
                .containsEntry("MailingCountryCode", "US");
        assertRefusedAsPicklistValue(abbreviated);
        assertThat(hubSpot(back))
                .containsEntry("state", "California")
                .containsEntry("country", "United States");
    }

    @Test
    void customizedAndMatchingWritesTheCodesWhateverTheOrgCallsTheCountry() {
        use(SalesforceStatePicklist.CUSTOMIZED, HubSpotStateValues.MATCH_SALESFORCE_DEFAULTS);
        String full = hubSpotContact("cm-full", "California", "United States");
        String abbreviated = hubSpotContact("cm-abbr", "Calif.", "United States");
        String back = codedSalesforceContact("cm-back");
        sync.settle();

        assertThat(salesforce(full, ADDRESS))
                .containsEntry("MailingStateCode", "CA")
                .containsEntry("MailingCountryCode", "US")
                .containsEntry("MailingCountry", "USA");
        assertThat(salesforce(abbreviated, ADDRESS)).containsEntry("MailingStateCode", "CA");
        assertThat(hubSpot(back))
                .containsEntry("state", "California")
                .containsEntry("country", "United States");
    }

    @Test
    void customizedAndSendingAsIsTakesOnlyTheOrgsOwnValues() {
        use(SalesforceStatePicklist.CUSTOMIZED, HubSpotStateValues.SEND_AS_IS);
        String standard = hubSpotContact("ca-std", "California", "United States");
        String abbreviated = hubSpotContact("ca-abbr", "Calif.", "USA");
        String orgs = hubSpotContact("ca-org", "California", "USA");
        String back = codedSalesforceContact("ca-back");
        sync.settle();

        assertRefusedAsPicklistValue(standard);
        assertRefusedAsPicklistValue(abbreviated);
        assertThat(salesforce(orgs, ADDRESS))
                .containsEntry("MailingStateCode", "CA")
                .containsEntry("MailingCountryCode", "US");
        assertThat(hubSpot(back))
                .containsEntry("state", "California")
                .containsEntry("country", "USA");
    }

    private void use(SalesforceStatePicklist org, HubSpotStateValues values) {
        sync.sandboxAdmin(
                "PATCH",
                "/sandbox/salesforce/_admin/settings",
                "{\"stateCountryMode\":\"" + org.name() + "\"}");
        // Past the connector's describe cache, so that the engine sees the org's fields.
        clock.advance(Duration.ofMinutes(10));
        sync.contactSettings(s -> s.withStates(org, values));
    }

    /** A new HubSpot contact; returns its email. */
    private String hubSpotContact(String name, String state, String country) {
        String email = SyncFixture.email(name);
        sync.createHubSpot(
                Map.of("lastname", name, "email", email, "state", state, "country", country));
        return email;
    }

    private String codedSalesforceContact(String name) {
        return salesforceContact(name, "MailingStateCode", "CA", "MailingCountryCode", "US");
    }

    /** A new Salesforce contact; returns its email. */
    private String salesforceContact(
            String name, String stateField, String state, String countryField, String country) {
        String email = SyncFixture.email(name);
        sync.createSalesforce(
                "Contact",
                Map.of("LastName", name, "Email", email, stateField, state, countryField, country));
        return email;
    }

    private Map<String, Object> salesforce(String email, String... fields) {
        var found = sync.salesforceByEmail("Contact", email, fields);
        assertThat(found).as("the Salesforce contact of " + email).hasSize(1);
        return found.getFirst().fields();
    }

    private Map<String, Object> hubSpot(String email) {
        return sync.hubSpotByEmail(email, "state", "country")
                .map(CrmRecord::fields)
                .orElseThrow(() -> new AssertionError("no HubSpot contact " + email));
    }

    private void assertRefusedAsPicklistValue(String email) {
        assertThat(sync.salesforceByEmail("Contact", email)).as("not written").isEmpty();
        String id = sync.hubSpotByEmail(email).orElseThrow().id();
        assertThat(sync.errorsOf(id))
                .anySatisfy(
                        e ->
                                assertThat(e.get("error_type"))
                                        .isEqualTo(ErrorType.PICKLIST_VALUES.name()));
    }
}
