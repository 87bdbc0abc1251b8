package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.salesforce.schema.SalesProcesses;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Opportunity stages, sales processes and record types, as a stage mapping reads and meets them.
 */
class SalesforceOpportunityStagesIT {

    private static final String NEW_BUSINESS = "0125g0000000001AAA";
    private static final String RENEWAL = "0125g0000000002AAA";

    private final SfHttp sf = new SfHttp();
    private final String opportunities = SfHttp.VERSION + "/sobjects/Opportunity";
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void restoreDefaults() {
        sf.admin("PATCH", "/settings", Map.of("stagesOutsideSalesProcessAccepted", false));
    }

    private SfHttp.Response create(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("Name", "Deal " + tag);
        body.put("CloseDate", "2026-12-31");
        body.putAll(fields);
        return sf.call("POST", opportunities, body);
    }

    private JsonNode read(String id) {
        return sf.get(opportunities + "/" + id).json();
    }

    private static JsonNode only(SfHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().size()).isEqualTo(1);
        return response.json().get(0);
    }

    @Test
    void theStagesAreQueryableWithTheirMetadataInOrder() {
        var response =
                sf.query(
                        "SELECT Id, MasterLabel, ApiName, IsActive, IsClosed, IsWon,"
                                + " DefaultProbability, ForecastCategoryName, SortOrder FROM"
                                + " OpportunityStage ORDER BY SortOrder");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> stages = response.json().get("records").valueStream().toList();
        assertThat(stages)
                .extracting(s -> s.get("ApiName").asString())
                .containsExactly(
                        "Prospecting",
                        "Qualification",
                        "Needs Analysis",
                        "Value Proposition",
                        "Id. Decision Makers",
                        "Perception Analysis",
                        "Proposal/Price Quote",
                        "Negotiation/Review",
                        "Closed Won",
                        "Closed Lost");
        JsonNode prospecting = stages.getFirst();
        assertThat(prospecting.get("attributes").get("type").asString())
                .isEqualTo("OpportunityStage");
        assertThat(prospecting.get("Id").asString()).isEqualTo("01J5g0000000001EAA");
        assertThat(prospecting.get("MasterLabel").asString()).isEqualTo("Prospecting");
        assertThat(prospecting.get("IsActive").asBoolean()).isTrue();
        assertThat(prospecting.get("IsClosed").asBoolean()).isFalse();
        assertThat(prospecting.get("DefaultProbability").asDouble()).isEqualTo(10.0);
        assertThat(prospecting.get("ForecastCategoryName").asString()).isEqualTo("Pipeline");
        assertThat(prospecting.get("SortOrder").asInt()).isEqualTo(1);
        JsonNode won = stages.get(8);
        assertThat(won.get("IsClosed").asBoolean()).isTrue();
        assertThat(won.get("IsWon").asBoolean()).isTrue();
        assertThat(won.get("DefaultProbability").asDouble()).isEqualTo(100.0);
        assertThat(won.get("ForecastCategoryName").asString()).isEqualTo("Closed");
        JsonNode lost = stages.get(9);
        assertThat(lost.get("IsClosed").asBoolean()).isTrue();
        assertThat(lost.get("IsWon").asBoolean()).isFalse();
        assertThat(lost.get("ForecastCategoryName").asString()).isEqualTo("Omitted");
        assertThat(sf.query("SELECT Id FROM OpportunityStage WHERE IsWon = true").body())
                .contains("01J5g0000000009EAA");
    }

    @Test
    void anOpportunityTakesProbabilityForecastAndClosedFlagsFromItsStage() {
        String id =
                create(Map.of("StageName", "Negotiation/Review", "Amount", 20000))
                        .json()
                        .get("id")
                        .asString();
        JsonNode open = read(id);
        sf.call("PATCH", opportunities + "/" + id, Map.of("StageName", "Closed Lost"));
        JsonNode lost = read(id);
        sf.call(
                "PATCH",
                opportunities + "/" + id,
                Map.of(
                        "StageName",
                        "Closed Won",
                        "Probability",
                        95,
                        "ForecastCategoryName",
                        "Commit"));
        JsonNode won = read(id);

        assertThat(open.get("Probability").asDouble()).isEqualTo(90.0);
        assertThat(open.get("ExpectedRevenue").asDouble()).isEqualTo(18000.0);
        assertThat(open.get("IsClosed").asBoolean()).isFalse();
        assertThat(open.get("IsWon").asBoolean()).isFalse();
        assertThat(open.get("ForecastCategoryName").asString()).isEqualTo("Pipeline");
        assertThat(open.get("ForecastCategory").asString()).isEqualTo("Pipeline");
        assertThat(lost.get("Probability").asDouble()).isZero();
        assertThat(lost.get("IsClosed").asBoolean()).isTrue();
        assertThat(lost.get("IsWon").asBoolean()).isFalse();
        assertThat(lost.get("ForecastCategoryName").asString()).isEqualTo("Omitted");
        assertThat(won.get("IsWon").asBoolean()).as("from the stage").isTrue();
        assertThat(won.get("Probability").asDouble()).as("as written").isEqualTo(95.0);
        assertThat(won.get("ForecastCategoryName").asString()).isEqualTo("Commit");
        assertThat(won.get("ForecastCategory").asString()).isEqualTo("Forecast");
    }

    @Test
    void recordTypesAndTheirSalesProcessesAreQueryableAndDescribed() {
        var types =
                sf.query(
                        "SELECT Id, Name, DeveloperName, SobjectType, IsActive, BusinessProcessId,"
                                + " BusinessProcess.Name FROM RecordType WHERE SobjectType IN"
                                + " ('Case','Opportunity') ORDER BY Name");
        var processes =
                sf.query(
                        "SELECT Id, Name, TableEnumOrId, IsActive FROM BusinessProcess WHERE"
                                + " TableEnumOrId = 'Opportunity' ORDER BY Name");
        var describe = sf.get(opportunities + "/describe").json();

        List<JsonNode> rows = types.json().get("records").valueStream().toList();
        assertThat(rows)
                .extracting(r -> r.get("Id").asString())
                .containsExactly(NEW_BUSINESS, RENEWAL);
        assertThat(rows.getFirst().get("DeveloperName").asString()).isEqualTo("New_Business");
        assertThat(rows.getFirst().get("SobjectType").asString()).isEqualTo("Opportunity");
        assertThat(rows.getFirst().get("IsActive").asBoolean()).isTrue();
        assertThat(rows.getFirst().get("BusinessProcessId").asString())
                .isEqualTo("0195g0000000001AAA");
        assertThat(rows.get(1).get("BusinessProcess").get("Name").asString())
                .isEqualTo("Renewal Sales Process");
        assertThat(processes.json().get("records").valueStream())
                .extracting(p -> p.get("Id").asString() + " " + p.get("TableEnumOrId").asString())
                .containsExactly(
                        "0195g0000000001AAA Opportunity", "0195g0000000002AAA Opportunity");
        List<JsonNode> infos = describe.get("recordTypeInfos").valueStream().toList();
        assertThat(infos)
                .extracting(
                        i ->
                                i.get("name").asString()
                                        + "|"
                                        + i.get("recordTypeId").asString()
                                        + "|"
                                        + i.get("defaultRecordTypeMapping").asBoolean()
                                        + "|"
                                        + i.get("master").asBoolean())
                .containsExactly(
                        "Master|012000000000000AAA|false|true",
                        "New Business|" + NEW_BUSINESS + "|true|false",
                        "Renewal|" + RENEWAL + "|false|false");
        assertThat(infos.get(2).get("developerName").asString()).isEqualTo("Renewal");
        assertThat(infos.get(2).get("active").asBoolean()).isTrue();
        assertThat(infos.get(2).get("available").asBoolean()).isTrue();
        JsonNode recordType =
                describe.get("fields")
                        .valueStream()
                        .filter(f -> f.get("name").asString().equals("RecordTypeId"))
                        .findFirst()
                        .orElseThrow();
        assertThat(recordType.get("referenceTo").get(0).asString()).isEqualTo("RecordType");
        assertThat(recordType.get("relationshipName").asString()).isEqualTo("RecordType");
        assertThat(
                        sf.get(SfHttp.VERSION + "/sobjects/OpportunityContactRole/describe")
                                .json()
                                .get("recordTypeInfos")
                                .size())
                .isZero();
    }

    @Test
    void aStageOutsideTheRecordTypesSalesProcessIsRefusedAsARestrictedPicklistValue() {
        var renewalProspecting =
                create(Map.of("StageName", "Prospecting", "RecordTypeId", RENEWAL));
        var newBusinessPerception = create(Map.of("StageName", "Perception Analysis"));
        var unknown = create(Map.of("StageName", "Signed"));
        String renewal =
                create(Map.of("StageName", "Needs Analysis", "RecordTypeId", RENEWAL))
                        .json()
                        .get("id")
                        .asString();
        String newBusiness =
                create(Map.of("StageName", "Qualification")).json().get("id").asString();
        var moved =
                sf.call(
                        "PATCH",
                        opportunities + "/" + renewal,
                        Map.of("StageName", "Qualification"));
        var retyped =
                sf.call(
                        "PATCH",
                        opportunities + "/" + newBusiness,
                        Map.of("RecordTypeId", RENEWAL));

        assertThat(renewalProspecting.body())
                .isEqualTo(
                        "[{\"message\":\"Stage: bad value for restricted picklist field:"
                                + " Prospecting\",\"errorCode\":\"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST\","
                                + "\"fields\":[\"StageName\"]}]");
        assertThat(only(newBusinessPerception).get("message").asString())
                .isEqualTo("Stage: bad value for restricted picklist field: Perception Analysis");
        assertThat(only(unknown).get("errorCode").asString())
                .isEqualTo("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        assertThat(only(moved).get("fields").get(0).asString()).isEqualTo("StageName");
        assertThat(only(retyped).get("message").asString())
                .isEqualTo("Stage: bad value for restricted picklist field: Qualification");
        assertThat(read(newBusiness).get("RecordTypeId").asString())
                .as("the default record type, unchanged")
                .isEqualTo(NEW_BUSINESS);
        assertThat(read(renewal).get("StageName").asString()).isEqualTo("Needs Analysis");
    }

    @Test
    void theMasterRecordTypeAllowsEveryStageAndAnUnknownRecordTypeIsRefused() {
        var master =
                create(
                        Map.of(
                                "StageName",
                                "Perception Analysis",
                                "RecordTypeId",
                                SalesProcesses.MASTER_RECORD_TYPE));
        var unknown =
                create(Map.of("StageName", "Prospecting", "RecordTypeId", "0125g00000000ZZAAY"));
        var notARecordType =
                create(Map.of("StageName", "Prospecting", "RecordTypeId", "001000000000000AAA"));

        assertThat(master.status()).as(master.body()).isEqualTo(201);
        String id = master.json().get("id").asString();
        assertThat(read(id).get("RecordTypeId").asString()).isEqualTo("012000000000000AAA");
        assertThat(
                        sf.call(
                                        "PATCH",
                                        opportunities + "/" + id,
                                        Map.of("StageName", "Prospecting"))
                                .status())
                .isEqualTo(204);
        JsonNode refused = only(unknown);
        assertThat(refused.get("errorCode").asString()).isEqualTo("INVALID_CROSS_REFERENCE_KEY");
        assertThat(refused.get("message").asString())
                .isEqualTo(
                        "Record Type ID: this ID value isn't valid for the user: 0125g00000000ZZAAY");
        assertThat(refused.get("fields").get(0).asString()).isEqualTo("RecordTypeId");
        assertThat(only(notARecordType).get("errorCode").asString())
                .isEqualTo("FIELD_INTEGRITY_EXCEPTION");
    }

    @Test
    void collectionsRefuseTheStageRecordByRecordAndTheCheckCanBeSwitchedOff() {
        var results =
                sf.call(
                                "POST",
                                SfHttp.VERSION + "/composite/sobjects",
                                Map.of(
                                        "allOrNone",
                                        false,
                                        "records",
                                        List.of(
                                                Map.of(
                                                        "attributes",
                                                        Map.of("type", "Opportunity"),
                                                        "Name",
                                                        "Ok " + tag,
                                                        "CloseDate",
                                                        "2026-06-30",
                                                        "StageName",
                                                        "Proposal/Price Quote",
                                                        "RecordTypeId",
                                                        RENEWAL),
                                                Map.of(
                                                        "attributes",
                                                        Map.of("type", "Opportunity"),
                                                        "Name",
                                                        "Refused " + tag,
                                                        "CloseDate",
                                                        "2026-06-30",
                                                        "StageName",
                                                        "Value Proposition",
                                                        "RecordTypeId",
                                                        RENEWAL))))
                        .json();
        sf.admin("PATCH", "/settings", Map.of("stagesOutsideSalesProcessAccepted", true));
        var lenient = create(Map.of("StageName", "Value Proposition", "RecordTypeId", RENEWAL));
        var stillUnknown = create(Map.of("StageName", "Signed", "RecordTypeId", RENEWAL));

        assertThat(results.get(0).get("success").asBoolean()).isTrue();
        assertThat(results.get(1).get("errors").get(0).get("statusCode").asString())
                .isEqualTo("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        assertThat(lenient.status()).as(lenient.body()).isEqualTo(201);
        assertThat(only(stillUnknown).get("errorCode").asString())
                .isEqualTo("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
    }

    @Test
    void anOpportunitysRecordTypeIsReadableThroughItsRelationship() {
        String id =
                create(Map.of("StageName", "Closed Won", "RecordTypeId", RENEWAL))
                        .json()
                        .get("id")
                        .asString();

        var row =
                sf.query(
                                "SELECT Id, RecordTypeId, RecordType.DeveloperName, IsWon FROM"
                                        + " Opportunity WHERE Id = '"
                                        + id
                                        + "'")
                        .json()
                        .get("records")
                        .get(0);

        assertThat(row.get("RecordTypeId").asString()).isEqualTo(RENEWAL);
        assertThat(row.get("RecordType").get("DeveloperName").asString()).isEqualTo("Renewal");
        assertThat(row.get("IsWon").asBoolean()).isTrue();
    }

    @Test
    void theSetUpIsReadOnlyThroughTheDataApi() {
        var created =
                sf.call("POST", SfHttp.VERSION + "/sobjects/RecordType", Map.of("Name", "Mine"));
        var updated =
                sf.call(
                        "PATCH",
                        SfHttp.VERSION + "/sobjects/OpportunityStage/01J5g0000000001EAA",
                        Map.of("MasterLabel", "Cold"));
        var global = sf.get(SfHttp.VERSION + "/sobjects").json();

        assertThat(only(created).get("errorCode").asString())
                .isEqualTo("INVALID_TYPE_FOR_OPERATION");
        assertThat(only(updated).get("message").asString())
                .isEqualTo("entity type cannot be updated: OpportunityStage");
        JsonNode stage =
                global.get("sobjects")
                        .valueStream()
                        .filter(o -> o.get("name").asString().equals("OpportunityStage"))
                        .findFirst()
                        .orElseThrow();
        assertThat(stage.get("createable").asBoolean()).isFalse();
        assertThat(stage.get("queryable").asBoolean()).isTrue();
        assertThat(stage.get("keyPrefix").asString()).isEqualTo("01J");
    }
}
