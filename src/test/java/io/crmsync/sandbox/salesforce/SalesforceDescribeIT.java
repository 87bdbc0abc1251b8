package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

class SalesforceDescribeIT {

    private final SfHttp sf = new SfHttp();

    @AfterEach
    void restore() {
        sf.admin("PATCH", "/settings", Map.of("stateCountryMode", "DISABLED"));
    }

    private JsonNode field(JsonNode describe, String name) {
        return describe.get("fields")
                .valueStream()
                .filter(f -> f.get("name").asString().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theGlobalDescribeListsEveryObjectWithItsKeyPrefix() {
        var global = sf.get(SfHttp.VERSION + "/sobjects").json();

        assertThat(global.get("maxBatchSize").asInt()).isEqualTo(200);
        Map<String, String> prefixes = new java.util.HashMap<>();
        global.get("sobjects")
                .valueStream()
                .forEach(
                        o -> prefixes.put(o.get("name").asString(), o.get("keyPrefix").asString()));
        assertThat(prefixes)
                .containsEntry("Account", "001")
                .containsEntry("Contact", "003")
                .containsEntry("Lead", "00Q")
                .containsEntry("Opportunity", "006")
                .containsEntry("Case", "500")
                .containsEntry("Task", "00T")
                .containsEntry("Event", "00U")
                .containsEntry("OpportunityContactRole", "00K")
                .containsEntry("User", "005")
                .containsEntry("Campaign", "701")
                .containsEntry("CampaignMember", "00v")
                .containsEntry("Project__c", "a0X");
    }

    @Test
    void fieldsCarryTheMetadataValidationUses() {
        var lead = sf.get(SfHttp.VERSION + "/sobjects/Lead/describe").json();

        assertThat(field(lead, "LastName").get("nillable").asBoolean()).isFalse();
        assertThat(field(lead, "Status").get("defaultedOnCreate").asBoolean()).isTrue();
        assertThat(field(lead, "Status").get("restrictedPicklist").asBoolean()).isTrue();
        assertThat(field(lead, "Status").get("picklistValues").get(0).get("value").asString())
                .isEqualTo("Open - Not Contacted");
        assertThat(field(lead, "HubSpot_Id__c").get("externalId").asBoolean()).isTrue();
        assertThat(field(lead, "IsConverted").get("createable").asBoolean()).isFalse();
        var task = sf.get(SfHttp.VERSION + "/sobjects/Task/describe").json();
        assertThat(field(task, "WhoId").get("referenceTo").valueStream().map(JsonNode::asString))
                .containsExactly("Contact", "Lead");
        assertThat(field(task, "WhoId").get("polymorphicForeignKey").asBoolean()).isTrue();
        var project = sf.get(SfHttp.VERSION + "/sobjects/Project__c/describe").json();
        assertThat(project.get("custom").asBoolean()).isTrue();
        assertThat(field(project, "Account__c").get("relationshipName").asString())
                .isEqualTo("Account__r");
        assertThat(sf.get(SfHttp.VERSION + "/sobjects/Nope__c/describe").status()).isEqualTo(404);
    }

    @Test
    void codeFieldsExistOnlyWithStateAndCountryPicklists() {
        var before = sf.get(SfHttp.VERSION + "/sobjects/Contact/describe").json();
        sf.admin("PATCH", "/settings", Map.of("stateCountryMode", "ENABLED"));
        var after = sf.get(SfHttp.VERSION + "/sobjects/Contact/describe").json();

        List<String> names =
                before.get("fields").valueStream().map(f -> f.get("name").asString()).toList();
        assertThat(names).contains("MailingState").doesNotContain("MailingStateCode");
        assertThat(field(after, "MailingStateCode").get("controllerName").asString())
                .isEqualTo("MailingCountryCode");
        assertThat(field(after, "MailingCountryCode").get("picklistValues").size())
                .isGreaterThan(20);
    }
}
