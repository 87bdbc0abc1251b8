package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HubSpotMetadataIT {

    private final HubSpotHttp api = HubSpotHttp.unlimited();
    private final String run = UUID.randomUUID().toString().substring(0, 8).replace("-", "");

    @Test
    void propertiesListEnumerationOptionsAndTheStateAndCountryDropdowns() {
        var lifecycle = api.get("/crm/v3/properties/contacts/lifecyclestage");
        var countries = api.get("/crm/v3/properties/contacts/hs_country_region_code");
        var all = api.get("/crm/v3/properties/companies");

        assertThat(lifecycle.status()).isEqualTo(200);
        assertThat(lifecycle.json())
                .containsEntry("type", "enumeration")
                .containsEntry("fieldType", "radio");
        assertThat(lifecycle.text()).contains("\"value\":\"marketingqualifiedlead\"");
        assertThat(countries.text()).contains("\"value\":\"US\"", "\"label\":\"Germany\"");
        assertThat(api.get("/crm/v3/properties/contacts/hs_state_code").text())
                .contains("\"value\":\"CA\"");
        assertThat(all.results())
                .extracting(p -> p.get("name"))
                .contains("name", "domain", "industry");
        assertThat(api.get("/crm/v3/properties/contacts/groups").results()).isNotEmpty();
    }

    @Test
    void aCreatedUniquePropertyCanBeWrittenAndUsedForUpsert() {
        String name = "salesforce_id_" + run;
        var created =
                api.post(
                        "/crm/v3/properties/contacts",
                        Map.of(
                                "name",
                                name,
                                "label",
                                "Salesforce ID",
                                "type",
                                "string",
                                "fieldType",
                                "text",
                                "groupName",
                                "contactinformation",
                                "hasUniqueValue",
                                true));
        var again =
                api.post(
                        "/crm/v3/properties/contacts",
                        Map.of(
                                "name",
                                name,
                                "label",
                                "Salesforce ID",
                                "type",
                                "string",
                                "fieldType",
                                "text",
                                "groupName",
                                "contactinformation"));
        var upsert =
                api.post(
                        "/crm/v3/objects/contacts/batch/upsert",
                        Map.of(
                                "inputs",
                                List.of(
                                        Map.of(
                                                "id",
                                                "003" + run,
                                                "idProperty",
                                                name,
                                                "properties",
                                                Map.of("firstname", "Sf")))));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json())
                .containsEntry("hasUniqueValue", true)
                .containsEntry("hubspotDefined", false);
        assertThat(again.status()).isEqualTo(409);
        var patched = api.patch("/crm/v3/properties/contacts/" + name, Map.of("label", "SF Id"));
        assertThat(patched.json())
                .containsEntry("label", "SF Id")
                .containsEntry("hasUniqueValue", true);
        assertThat(api.patch("/crm/v3/properties/contacts/email", Map.of("label", "x")).status())
                .isEqualTo(400);
        assertThat(upsert.status()).isEqualTo(200);
        assertThat(upsert.results().getFirst()).containsEntry("new", true);
    }

    @Test
    void dealAndTicketPipelinesHaveTheirStages() {
        var deals = api.get("/crm/v3/pipelines/deals");
        var stages = api.get("/crm/v3/pipelines/tickets/0/stages");

        assertThat(deals.status()).isEqualTo(200);
        assertThat(deals.text())
                .contains("\"id\":\"default\"", "\"id\":\"closedwon\"", "\"isClosed\":\"true\"");
        assertThat(stages.results())
                .extracting(s -> s.get("id"))
                .containsExactly("1", "2", "3", "4");
    }

    @Test
    void associationsV4CreateReadPrimaryAndArchive() {
        String contact =
                (String)
                        api.post(
                                        "/crm/v3/objects/contacts",
                                        Map.of(
                                                "properties",
                                                Map.of("email", "assoc." + run + "@example.com")))
                                .json()
                                .get("id");
        String first =
                (String)
                        api.post(
                                        "/crm/v3/objects/companies",
                                        Map.of("properties", Map.of("name", "First " + run)))
                                .json()
                                .get("id");
        String second =
                (String)
                        api.post(
                                        "/crm/v3/objects/companies",
                                        Map.of("properties", Map.of("name", "Second " + run)))
                                .json()
                                .get("id");
        var primary =
                List.of(Map.of("associationCategory", "HUBSPOT_DEFINED", "associationTypeId", 1));

        var created =
                api.put(
                        "/crm/v4/objects/contacts/" + contact + "/associations/companies/" + first,
                        primary);
        api.put(
                "/crm/v4/objects/contacts/" + contact + "/associations/companies/" + second,
                primary);
        var dflt =
                api.put(
                        "/crm/v4/objects/contacts/"
                                + contact
                                + "/associations/default/companies/"
                                + first,
                        null);
        var read = api.get("/crm/v4/objects/contacts/" + contact + "/associations/companies");
        var reverse =
                api.post(
                        "/crm/v4/associations/companies/contacts/batch/read",
                        Map.of("inputs", List.of(Map.of("id", second))));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json())
                .containsEntry("fromObjectTypeId", "0-1")
                .containsEntry("labels", List.of("Primary"));
        assertThat(dflt.text()).contains("\"associationTypeId\":279");
        assertThat(read.text()).contains("\"toObjectId\":" + first, "\"toObjectId\":" + second);
        String firstTypes =
                read.results().stream()
                        .filter(r -> r.get("toObjectId").toString().equals(first))
                        .findFirst()
                        .orElseThrow()
                        .get("associationTypes")
                        .toString();
        assertThat(firstTypes).contains("typeId=279").doesNotContain("typeId=1,");
        assertThat(reverse.text()).contains("\"typeId\":2", "\"label\":\"Primary\"");

        var withAssociations =
                api.get("/crm/v3/objects/contacts/" + contact + "?associations=companies");
        assertThat(withAssociations.text()).contains("contact_to_company_unlabeled");

        var archived =
                api.post(
                        "/crm/v4/associations/contacts/companies/batch/archive",
                        Map.of(
                                "inputs",
                                List.of(
                                        Map.of(
                                                "from",
                                                Map.of("id", contact),
                                                "to",
                                                List.of(
                                                        Map.of("id", first),
                                                        Map.of("id", second))))));
        assertThat(archived.status()).isEqualTo(204);
        assertThat(
                        api.get("/crm/v4/objects/contacts/" + contact + "/associations/companies")
                                .results())
                .isEmpty();
    }

    @Test
    void theFirstCompanyOfAContactBecomesItsPrimaryAndItsAssociatedcompanyid() {
        String email = "primary." + run + "@example.com";
        String contact = created("contacts", Map.of("email", email));
        String first = created("companies", Map.of("name", "Alpha " + run));
        String second = created("companies", Map.of("name", "Beta " + run));
        String path = "/crm/v3/objects/contacts/" + contact + "?properties=associatedcompanyid";
        assertThat(properties(api.get(path).json())).containsEntry("associatedcompanyid", null);

        api.put(
                "/crm/v4/objects/contacts/" + contact + "/associations/default/companies/" + first,
                null);
        api.put(
                "/crm/v4/objects/contacts/" + contact + "/associations/default/companies/" + second,
                null);
        var found =
                api.post(
                        "/crm/v3/objects/contacts/search",
                        Map.of(
                                "filterGroups",
                                List.of(
                                        Map.of(
                                                "filters",
                                                List.of(
                                                        Map.of(
                                                                "propertyName",
                                                                "email",
                                                                "operator",
                                                                "EQ",
                                                                "value",
                                                                email)))),
                                "properties",
                                List.of("email", "associatedcompanyid")));

        assertThat(properties(api.get(path).json())).containsEntry("associatedcompanyid", first);
        assertThat(properties(found.results().getFirst()))
                .containsEntry("associatedcompanyid", first);
        assertThat(
                        api.get("/crm/v4/objects/contacts/" + contact + "/associations/companies")
                                .text())
                .contains("\"typeId\":1,");

        api.put(
                "/crm/v4/objects/contacts/" + contact + "/associations/companies/" + second,
                List.of(Map.of("associationCategory", "HUBSPOT_DEFINED", "associationTypeId", 1)));
        assertThat(properties(api.get(path).json())).containsEntry("associatedcompanyid", second);
    }

    @Test
    void aNewPrimaryCompanyModifiesTheContactAndAnotherCompanyDoesNot()
            throws InterruptedException {
        String contact = created("contacts", Map.of("email", "moved." + run + "@example.com"));
        String first = created("companies", Map.of("name", "Gamma " + run));
        String second = created("companies", Map.of("name", "Delta " + run));
        String path = "/crm/v3/objects/contacts/" + contact + "?properties=lastmodifieddate";
        api.put(
                "/crm/v4/objects/contacts/" + contact + "/associations/default/companies/" + first,
                null);
        Object primaryGiven = properties(api.get(path).json()).get("lastmodifieddate");

        Thread.sleep(20);
        api.put(
                "/crm/v4/objects/contacts/" + contact + "/associations/default/companies/" + second,
                null);
        assertThat(properties(api.get(path).json()))
                .as("a second company is not the primary one")
                .containsEntry("lastmodifieddate", primaryGiven);

        Thread.sleep(20);
        api.put(
                "/crm/v4/objects/contacts/" + contact + "/associations/companies/" + second,
                List.of(Map.of("associationCategory", "HUBSPOT_DEFINED", "associationTypeId", 1)));
        Object moved = properties(api.get(path).json()).get("lastmodifieddate");
        assertThat(java.time.Instant.parse(moved.toString()))
                .isAfter(java.time.Instant.parse(primaryGiven.toString()));
    }

    private String created(String type, Map<String, String> properties) {
        return (String)
                api.post("/crm/v3/objects/" + type, Map.of("properties", properties))
                        .json()
                        .get("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> record) {
        return (Map<String, Object>) record.get("properties");
    }

    @Test
    void customObjectSchemasServeRecordsLikeStandardObjects() {
        var schema =
                api.post(
                        "/crm/v3/schemas",
                        Map.of(
                                "name",
                                "car_" + run,
                                "labels",
                                Map.of("singular", "Car", "plural", "Cars"),
                                "primaryDisplayProperty",
                                "model",
                                "requiredProperties",
                                List.of("model"),
                                "searchableProperties",
                                List.of("model"),
                                "properties",
                                List.of(
                                        Map.of("name", "model", "label", "Model", "type", "string"),
                                        Map.of(
                                                "name", "year", "label", "Year", "type",
                                                "number"))));
        assertThat(schema.status()).isEqualTo(201);
        String typeId = (String) schema.json().get("objectTypeId");
        assertThat(typeId).matches("2-\\d+");

        var car =
                api.post(
                        "/crm/v3/objects/" + typeId,
                        Map.of("properties", Map.of("model", "T", "year", 1908)));
        var bad =
                api.post("/crm/v3/objects/" + typeId, Map.of("properties", Map.of("year", "old")));
        var found = api.post("/crm/v3/objects/" + typeId + "/search", Map.of("query", "T"));

        assertThat(car.status()).isEqualTo(201);
        assertThat(car.json().get("properties").toString()).contains("year=1908", "hs_createdate");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(found.json()).containsEntry("total", 1);
        assertThat(api.get("/crm/v3/schemas").text()).contains(typeId);
        assertThat(api.get("/crm/v3/objects/" + schema.json().get("fullyQualifiedName")).status())
                .isEqualTo(200);
    }
}
