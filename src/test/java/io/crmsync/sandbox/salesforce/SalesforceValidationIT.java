package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

class SalesforceValidationIT {

    private final SfHttp sf = new SfHttp();
    private final String contacts = SfHttp.VERSION + "/sobjects/Contact";
    private final String leads = SfHttp.VERSION + "/sobjects/Lead";

    @AfterEach
    void restoreDefaults() {
        sf.admin(
                "PATCH",
                "/settings",
                Map.of(
                        "stateCountryMode",
                        "DISABLED",
                        "duplicateRule",
                        false,
                        "validationRules",
                        List.of(),
                        "readOnlyFields",
                        List.of(),
                        "lockRate",
                        0));
    }

    private String error(SfHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get(0).get("errorCode").asString();
    }

    @Test
    void fieldChecksUseTheRealCodesAndMessages() {
        var tooLong = sf.call("POST", contacts, Map.of("LastName", "x".repeat(81)));
        assertThat(tooLong.json().get(0).get("message").asString())
                .isEqualTo(
                        "Last Name: data value too large: " + "x".repeat(81) + " (max length=80)");
        assertThat(error(tooLong)).isEqualTo("STRING_TOO_LONG");
        var badEmail = sf.call("POST", contacts, Map.of("LastName", "E", "Email", "not-an-email"));
        assertThat(badEmail.body())
                .isEqualTo(
                        "[{\"message\":\"Email: invalid email address:"
                            + " not-an-email\",\"errorCode\":\"INVALID_EMAIL_ADDRESS\",\"fields\":[\"Email\"]}]");
        var badStatus =
                sf.call("POST", leads, Map.of("LastName", "L", "Company", "C", "Status", "Nope"));
        assertThat(badStatus.json().get(0).get("message").asString())
                .isEqualTo("Status: bad value for restricted picklist field: Nope");
        assertThat(error(badStatus)).isEqualTo("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        var leadMissing = sf.call("POST", leads, Map.of("FirstName", "F"));
        assertThat(leadMissing.json().get(0).get("fields").toString())
                .isEqualTo("[\"LastName\",\"Company\"]");
    }

    @Test
    void stateAndCountryPicklistsSyncCodesAndRejectUnknownValues() {
        sf.admin("PATCH", "/settings", Map.of("stateCountryMode", "ENABLED"));
        String id =
                sf.call(
                                "POST",
                                contacts,
                                Map.of(
                                        "LastName",
                                        "Addr",
                                        "MailingCountryCode",
                                        "US",
                                        "MailingState",
                                        "California"))
                        .json()
                        .get("id")
                        .asString();
        var read = sf.get(contacts + "/" + id).json();
        assertThat(read.get("MailingCountry").asString()).isEqualTo("United States");
        assertThat(read.get("MailingStateCode").asString()).isEqualTo("CA");

        var abbreviated =
                sf.call(
                        "POST",
                        contacts,
                        Map.of(
                                "LastName",
                                "A",
                                "MailingCountry",
                                "United States",
                                "MailingState",
                                "Calif."));
        assertThat(error(abbreviated)).isEqualTo("FIELD_INTEGRITY_EXCEPTION");
        var noCountry = sf.call("POST", contacts, Map.of("LastName", "A", "MailingState", "Texas"));
        assertThat(noCountry.json().get(0).get("message").asString())
                .isEqualTo(
                        "A country/territory must be specified before specifying a state value for"
                                + " field: Mailing State/Province");
        var badCountry =
                sf.call("POST", contacts, Map.of("LastName", "A", "MailingCountry", "USA"));
        assertThat(badCountry.json().get(0).get("message").asString())
                .isEqualTo(
                        "There's a problem with this country, even though it may appear correct."
                                + " Please select a country/territory from the list of valid"
                                + " countries.: Mailing Country");

        sf.admin("PATCH", "/settings", Map.of("stateCountryMode", "CUSTOMIZED"));
        assertThat(
                        sf.call("POST", contacts, Map.of("LastName", "A", "MailingCountry", "USA"))
                                .status())
                .isEqualTo(201);
        sf.admin("PATCH", "/settings", Map.of("stateCountryMode", "DISABLED"));
        assertThat(error(sf.query("SELECT MailingStateCode FROM Contact")))
                .isEqualTo("INVALID_FIELD");
    }

    @Test
    void theDuplicateRuleBlocksTheSameEmailUnlessAllowSaveIsSent() {
        String email = UUID.randomUUID() + "@example.com";
        sf.call("POST", contacts, Map.of("LastName", "First", "Email", email));
        sf.admin("PATCH", "/settings", Map.of("duplicateRule", true));

        var blocked = sf.call("POST", contacts, Map.of("LastName", "Second", "Email", email));
        assertThat(error(blocked)).isEqualTo("DUPLICATES_DETECTED");
        assertThat(blocked.json().get(0).get("message").asString())
                .isEqualTo("Use one of these records?");
        assertThat(
                        blocked.json()
                                .get(0)
                                .get("duplicateResut")
                                .get("matchResults")
                                .get(0)
                                .get("matchRecords")
                                .get(0)
                                .get("record")
                                .get("Id")
                                .asString())
                .startsWith("003");
        assertThat(
                        sf.call(
                                        "POST",
                                        contacts,
                                        Map.of("LastName", "Second", "Email", email),
                                        "Sforce-Duplicate-Rule-Header",
                                        "allowSave=true")
                                .status())
                .isEqualTo(201);
    }

    @Test
    void validationRulesReadOnlyFieldsAndLockFaultsApply() {
        sf.admin(
                "PATCH",
                "/settings",
                Map.of(
                        "validationRules",
                        List.of(
                                Map.of(
                                        "object",
                                        "Lead",
                                        "name",
                                        "Phone_for_working",
                                        "errorCondition",
                                        "Phone = null AND Status = 'Working - Contacted'",
                                        "message",
                                        "Phone is required for Working leads",
                                        "field",
                                        "Phone")),
                        "readOnlyFields",
                        List.of("Contact.Title")));

        var rule =
                sf.call(
                        "POST",
                        leads,
                        Map.of("LastName", "R", "Company", "C", "Status", "Working - Contacted"));
        assertThat(rule.body())
                .isEqualTo(
                        "[{\"message\":\"Phone is required for Working leads\","
                            + "\"errorCode\":\"FIELD_CUSTOM_VALIDATION_EXCEPTION\",\"fields\":[\"Phone\"]}]");
        assertThat(sf.call("POST", leads, Map.of("LastName", "R", "Company", "C")).status())
                .isEqualTo(201);
        assertThat(error(sf.call("POST", contacts, Map.of("LastName", "T", "Title", "CEO"))))
                .isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");

        sf.admin("PATCH", "/settings", Map.of("lockRate", 1.0));
        assertThat(error(sf.call("POST", contacts, Map.of("LastName", "Locked"))))
                .isEqualTo("UNABLE_TO_LOCK_ROW");
    }

    @Test
    void aConvertedLeadCannotBeUpdatedAndMergesMarkTheLoser() {
        String lead =
                sf.call("POST", leads, Map.of("LastName", "Conv", "Company", "Conv Co"))
                        .json()
                        .get("id")
                        .asString();
        var converted =
                sf.admin("POST", "/leads/" + lead + "/convert?opportunity=true", null).json();
        var read = sf.get(leads + "/" + lead).json();
        assertThat(read.get("IsConverted").asBoolean()).isTrue();
        assertThat(read.get("ConvertedContactId").asString())
                .isEqualTo(converted.get("contactId").asString());
        assertThat(read.get("ConvertedOpportunityId").asString()).startsWith("006");
        assertThat(error(sf.call("PATCH", leads + "/" + lead, Map.of("Title", "x"))))
                .isEqualTo("CANNOT_UPDATE_CONVERTED_LEAD");

        String master =
                sf.call("POST", contacts, Map.of("LastName", "Master")).json().get("id").asString();
        String loser =
                sf.call("POST", contacts, Map.of("LastName", "Loser")).json().get("id").asString();
        sf.admin("POST", "/merge/Contact", Map.of("masterId", master, "loserIds", List.of(loser)));
        var merged = sf.admin("GET", "/records/Contact/" + loser, null).json().get("values");
        assertThat(merged.get("IsDeleted").asBoolean()).isTrue();
        assertThat(merged.get("MasterRecordId").asString()).isEqualTo(master);
    }

    @Test
    void personEditsAreNotTheIntegrationUsersAndOnlyOneContactRoleIsPrimary() {
        String account =
                sf.call("POST", SfHttp.VERSION + "/sobjects/Account", Map.of("Name", "Opp Co"))
                        .json()
                        .get("id")
                        .asString();
        String opp =
                sf.call(
                                "POST",
                                SfHttp.VERSION + "/sobjects/Opportunity",
                                Map.of(
                                        "Name",
                                        "Deal",
                                        "StageName",
                                        "Prospecting",
                                        "CloseDate",
                                        "2026-12-31",
                                        "AccountId",
                                        account))
                        .json()
                        .get("id")
                        .asString();
        String c1 = sf.call("POST", contacts, Map.of("LastName", "C1")).json().get("id").asString();
        String c2 = sf.call("POST", contacts, Map.of("LastName", "C2")).json().get("id").asString();
        var role1 =
                sf.admin(
                                "POST",
                                "/opportunities/" + opp + "/contact-roles",
                                Map.of("contactId", c1, "role", "Decision Maker", "primary", true))
                        .json();
        sf.admin(
                "POST",
                "/opportunities/" + opp + "/contact-roles",
                Map.of("contactId", c2, "role", "Evaluator", "primary", true));
        var moved =
                sf.admin(
                                "POST",
                                "/opportunities/" + opp + "/stage",
                                Map.of("stageName", "Closed Won"))
                        .json()
                        .get("values");

        assertThat(
                        sf.get(
                                        SfHttp.VERSION
                                                + "/sobjects/OpportunityContactRole/"
                                                + role1.get("id").asString())
                                .json()
                                .get("IsPrimary")
                                .asBoolean())
                .isFalse();
        assertThat(moved.get("IsWon").asBoolean()).isTrue();
        String caseId =
                sf.call("POST", SfHttp.VERSION + "/sobjects/Case", Map.of("Subject", "S"))
                        .json()
                        .get("id")
                        .asString();
        sf.call("PATCH", SfHttp.VERSION + "/sobjects/Case/" + caseId, Map.of("Status", "Closed"));
        var closedCase = sf.get(SfHttp.VERSION + "/sobjects/Case/" + caseId).json();
        assertThat(closedCase.get("IsClosed").asBoolean()).isTrue();
        assertThat(closedCase.get("ClosedDate").asString()).endsWith("+0000");
        assertThat(closedCase.get("CaseNumber").asString()).matches("\\d{8}");
        assertThat(moved.get("Probability").asDouble()).isEqualTo(100.0);
        String integrationUser =
                sf.get(contacts + "/" + c1).json().get("LastModifiedById").asString();
        assertThat(moved.get("LastModifiedById").asString()).isNotEqualTo(integrationUser);
    }
}
