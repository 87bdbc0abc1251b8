package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Deals, their pipelines and their associations, as a deal sync reads and writes them. */
class HubSpotDealsIT {

    private static final String RENEWALS = "751398117";

    private final HubSpotHttp api = HubSpotHttp.unlimited();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> record) {
        return (Map<String, Object>) record.get("properties");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private String created(String type, Map<String, String> properties) {
        var response = api.post("/crm/v3/objects/" + type, Map.of("properties", properties));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return (String) response.json().get("id");
    }

    private String deal(String pipeline, String stage) {
        return created(
                "deals",
                Map.of("dealname", "Deal " + run, "pipeline", pipeline, "dealstage", stage));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstError(HubSpotHttp.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        return ((List<Map<String, Object>>) response.json().get("errors")).getFirst();
    }

    @Test
    void bothDealPipelinesListTheirStagesWithStringMetadata() {
        var all = api.get("/crm/v3/pipelines/deals");
        var renewals = api.get("/crm/v3/pipelines/deals/" + RENEWALS);
        var stages = api.get("/crm/v3/pipelines/deals/" + RENEWALS + "/stages");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.results())
                .extracting(p -> p.get("id") + " " + p.get("label") + " " + p.get("displayOrder"))
                .containsExactly("default Sales Pipeline 0", RENEWALS + " Renewals 1");
        var sales = list(all.results().getFirst().get("stages"));
        assertThat(sales)
                .extracting(s -> s.get("id"))
                .containsExactly(
                        "appointmentscheduled",
                        "qualifiedtobuy",
                        "presentationscheduled",
                        "decisionmakerboughtin",
                        "contractsent",
                        "closedwon",
                        "closedlost");
        assertThat(sales.getFirst())
                .containsEntry("label", "Appointment Scheduled")
                .containsEntry("displayOrder", 0)
                .containsEntry("metadata", Map.of("isClosed", "false", "probability", "0.2"))
                .containsEntry("archived", false)
                .containsKeys("createdAt", "updatedAt");
        assertThat(sales.get(5).get("metadata"))
                .isEqualTo(Map.of("isClosed", "true", "probability", "1.0"));
        assertThat(sales.get(6).get("metadata"))
                .isEqualTo(Map.of("isClosed", "true", "probability", "0.0"));
        assertThat(renewals.json()).containsEntry("label", "Renewals");
        assertThat(renewals.json().get("createdAt").toString()).startsWith("2024-02-12T");
        assertThat(stages.results())
                .extracting(s -> s.get("id") + " " + s.get("label") + " " + s.get("metadata"))
                .containsExactly(
                        "751398118 Renewal Due {isClosed=false, probability=0.3}",
                        "751398119 Renewal Quote Sent {isClosed=false, probability=0.6}",
                        "751398120 Renewal Negotiation {isClosed=false, probability=0.8}",
                        "751398121 Renewed {isClosed=true, probability=1.0}",
                        "751398122 Churned {isClosed=true, probability=0.0}");
        assertThat(api.get("/crm/v3/pipelines/deals/999").status()).isEqualTo(404);
        var dealstage = api.get("/crm/v3/properties/deals/dealstage").json();
        assertThat(dealstage)
                .containsEntry("type", "enumeration")
                .containsEntry("externalOptions", true)
                .containsEntry("options", List.of());
        assertThat(api.get("/crm/v3/properties/deals/pipeline").json())
                .containsEntry("externalOptions", true);
    }

    @Test
    void aDealTakesItsStagesCalculatedPropertiesInEitherPipeline() {
        String renewed = deal(RENEWALS, "751398121");
        String first =
                created("deals", Map.of("dealname", "First stage " + run, "pipeline", RENEWALS));
        String lost = deal("default", "closedlost");

        var read =
                api.get(
                        "/crm/v3/objects/deals/"
                                + renewed
                                + "?properties=pipeline,dealstage,hs_is_closed,hs_is_closed_won,"
                                + "hs_deal_stage_probability");

        assertThat(properties(read.json()))
                .containsEntry("pipeline", RENEWALS)
                .containsEntry("dealstage", "751398121")
                .containsEntry("hs_is_closed", "true")
                .containsEntry("hs_is_closed_won", "true")
                .containsEntry("hs_deal_stage_probability", "1.0");
        assertThat(properties(api.get("/crm/v3/objects/deals/" + first).json()))
                .containsEntry("dealstage", "751398118");
        assertThat(
                        properties(
                                api.get(
                                                "/crm/v3/objects/deals/"
                                                        + lost
                                                        + "?properties=hs_is_closed,hs_is_closed_won")
                                        .json()))
                .containsEntry("hs_is_closed", "true")
                .containsEntry("hs_is_closed_won", "false");
    }

    @Test
    void aStageOfAnotherPipelineOrAnUnknownPipelineIsRefused() {
        var otherPipeline =
                api.post(
                        "/crm/v3/objects/deals",
                        Map.of(
                                "properties",
                                Map.of(
                                        "dealname",
                                        "X",
                                        "pipeline",
                                        RENEWALS,
                                        "dealstage",
                                        "closedwon")));
        var defaultAssumed =
                api.post(
                        "/crm/v3/objects/deals",
                        Map.of("properties", Map.of("dealname", "X", "dealstage", "751398119")));
        var unknownPipeline =
                api.post(
                        "/crm/v3/objects/deals",
                        Map.of("properties", Map.of("dealname", "X", "pipeline", "123")));
        String deal = deal("default", "contractsent");
        var movedAlone =
                api.patch(
                        "/crm/v3/objects/deals/" + deal,
                        Map.of("properties", Map.of("pipeline", RENEWALS)));
        var movedWithStage =
                api.patch(
                        "/crm/v3/objects/deals/" + deal,
                        Map.of(
                                "properties",
                                Map.of("pipeline", RENEWALS, "dealstage", "751398120")));
        var batch =
                api.post(
                        "/crm/v3/objects/deals/batch/create",
                        Map.of(
                                "inputs",
                                List.of(
                                        Map.of("properties", Map.of("dealname", "Ok " + run)),
                                        Map.of(
                                                "properties",
                                                Map.of(
                                                        "dealname",
                                                        "Refused " + run,
                                                        "pipeline",
                                                        RENEWALS,
                                                        "dealstage",
                                                        "qualifiedtobuy")))));

        assertThat(otherPipeline.json())
                .containsEntry("status", "error")
                .containsEntry("category", "VALIDATION_ERROR");
        assertThat(otherPipeline.json().get("message").toString())
                .startsWith("Property values were not valid: [{\"isValid\":false,")
                .contains(
                        "closedwon was not one of the allowed options",
                        "\"error\":\"INVALID_OPTION\"",
                        "\"name\":\"dealstage\"",
                        "value: \\\"751398121\\\"");
        assertThat(firstError(otherPipeline))
                .containsEntry("code", "INVALID_OPTION")
                .containsEntry("context", Map.of("propertyName", List.of("dealstage")));
        assertThat(firstError(defaultAssumed)).containsEntry("code", "INVALID_OPTION");
        assertThat(firstError(unknownPipeline))
                .containsEntry("context", Map.of("propertyName", List.of("pipeline")));
        assertThat(firstError(movedAlone))
                .containsEntry("context", Map.of("propertyName", List.of("dealstage")));
        assertThat(movedWithStage.status()).isEqualTo(200);
        assertThat(properties(movedWithStage.json()))
                .containsEntry("pipeline", RENEWALS)
                .containsEntry("dealstage", "751398120");
        assertThat(batch.status()).as("the whole batch fails").isEqualTo(400);
        assertThat(
                        api.post(
                                        "/crm/v3/objects/deals/search",
                                        Map.of(
                                                "filterGroups",
                                                List.of(
                                                        Map.of(
                                                                "filters",
                                                                List.of(
                                                                        Map.of(
                                                                                "propertyName",
                                                                                "dealname",
                                                                                "operator",
                                                                                "EQ",
                                                                                "value",
                                                                                "Ok " + run))))))
                                .json())
                .containsEntry("total", 0);
    }

    @Test
    void dealsAreAssociatedWithCompaniesAndContactsThroughV4() {
        String company = created("companies", Map.of("name", "Deal Co " + run));
        String contact = created("contacts", Map.of("email", "deal." + run + "@example.com"));
        String other = created("contacts", Map.of("email", "deal2." + run + "@example.com"));
        String deal = deal(RENEWALS, "751398118");
        String inline =
                (String)
                        api.post(
                                        "/crm/v3/objects/deals",
                                        Map.of(
                                                "properties",
                                                Map.of("dealname", "Inline " + run),
                                                "associations",
                                                List.of(
                                                        Map.of(
                                                                "to",
                                                                Map.of("id", company),
                                                                "types",
                                                                List.of(
                                                                        Map.of(
                                                                                "associationCategory",
                                                                                "HUBSPOT_DEFINED",
                                                                                "associationTypeId",
                                                                                341))))))
                                .json()
                                .get("id");

        var toCompany =
                api.post(
                        "/crm/v4/associations/deals/companies/batch/create",
                        Map.of(
                                "inputs",
                                List.of(
                                        Map.of(
                                                "from",
                                                Map.of("id", deal),
                                                "to",
                                                Map.of("id", company),
                                                "types",
                                                List.of(
                                                        Map.of(
                                                                "associationCategory",
                                                                "HUBSPOT_DEFINED",
                                                                "associationTypeId",
                                                                5))))));
        var toContacts =
                api.post(
                        "/crm/v4/associations/deals/contacts/batch/associate/default",
                        Map.of(
                                "inputs",
                                List.of(
                                        Map.of(
                                                "from",
                                                Map.of("id", deal),
                                                "to",
                                                Map.of("id", contact)),
                                        Map.of(
                                                "from",
                                                Map.of("id", deal),
                                                "to",
                                                Map.of("id", other)))));
        var dealContacts =
                api.post(
                        "/crm/v4/associations/deals/contacts/batch/read",
                        Map.of("inputs", List.of(Map.of("id", deal))));
        var companyDeals =
                api.post(
                        "/crm/v4/associations/companies/deals/batch/read",
                        Map.of("inputs", List.of(Map.of("id", company))));
        var contactDeals = api.get("/crm/v4/objects/contacts/" + contact + "/associations/deals");
        var listed =
                api.get(
                        "/crm/v3/objects/deals/"
                                + deal
                                + "?associations=companies,contacts&properties=dealname");

        assertThat(toCompany.status()).isEqualTo(201);
        assertThat(toContacts.status()).isEqualTo(200);
        assertThat(toContacts.text()).contains("\"associationTypeId\":3");
        assertThat(list(dealContacts.results().getFirst().get("to")))
                .extracting(t -> t.get("toObjectId").toString())
                .containsExactlyInAnyOrder(contact, other);
        assertThat(companyDeals.text())
                .contains("\"toObjectId\":" + deal, "\"toObjectId\":" + inline)
                .contains("\"typeId\":342", "\"typeId\":6", "\"label\":\"Primary\"");
        assertThat(contactDeals.text()).contains("\"toObjectId\":" + deal, "\"typeId\":4");
        assertThat(listed.text())
                .contains("\"companies\"", "deal_to_company", "\"contacts\"", "deal_to_contact");

        var archived =
                api.post(
                        "/crm/v4/associations/deals/contacts/batch/archive",
                        Map.of(
                                "inputs",
                                List.of(
                                        Map.of(
                                                "from",
                                                Map.of("id", deal),
                                                "to",
                                                List.of(Map.of("id", contact))))));
        assertThat(archived.status()).isEqualTo(204);
        assertThat(
                        list(
                                api.post(
                                                "/crm/v4/associations/deals/contacts/batch/read",
                                                Map.of("inputs", List.of(Map.of("id", deal))))
                                        .results()
                                        .getFirst()
                                        .get("to")))
                .extracting(t -> t.get("toObjectId").toString())
                .containsExactly(other);
    }

    @Test
    void dealsArePolledBySearchOnTheirLastModifiedDate() {
        long since = Instant.now().minusMillis(1).toEpochMilli();
        String first = deal(RENEWALS, "751398119");
        String second = deal("default", "qualifiedtobuy");
        api.patch(
                "/crm/v3/objects/deals/" + first,
                Map.of("properties", Map.of("dealstage", "751398120")));

        var page =
                api.post(
                        "/crm/v3/objects/deals/search",
                        Map.of(
                                "filterGroups",
                                List.of(
                                        Map.of(
                                                "filters",
                                                List.of(
                                                        Map.of(
                                                                "propertyName",
                                                                "hs_lastmodifieddate",
                                                                "operator",
                                                                "GTE",
                                                                "value",
                                                                String.valueOf(since)),
                                                        Map.of(
                                                                "propertyName",
                                                                "dealname",
                                                                "operator",
                                                                "EQ",
                                                                "value",
                                                                "Deal " + run)))),
                                "sorts",
                                List.of(
                                        Map.of(
                                                "propertyName",
                                                "hs_lastmodifieddate",
                                                "direction",
                                                "ASCENDING")),
                                "properties",
                                List.of("pipeline", "dealstage", "hs_lastmodifieddate"),
                                "limit",
                                100));

        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.results()).extracting(r -> r.get("id")).containsExactly(second, first);
        assertThat(properties(page.results().get(1)))
                .containsEntry("dealstage", "751398120")
                .containsKey("hs_lastmodifieddate");
    }
}
