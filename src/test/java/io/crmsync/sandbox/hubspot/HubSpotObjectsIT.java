package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HubSpotObjectsIT {

    private final HubSpotHttp api = HubSpotHttp.unlimited();

    private String email() {
        return "ann." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void createReturns201WithSystemPropertiesAndTheContactLifecycleDefault() {
        var response =
                api.post(
                        "/crm/v3/objects/contacts",
                        Map.of("properties", Map.of("email", email(), "firstname", "Ann")));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        assertThat(response.header("X-HubSpot-Correlation-Id")).isNotBlank();
        var body = response.json();
        String id = (String) body.get("id");
        assertThat(id).matches("\\d+");
        @SuppressWarnings("unchecked")
        var properties = (Map<String, Object>) body.get("properties");
        assertThat(properties)
                .containsEntry("hs_object_id", id)
                .containsEntry("lifecyclestage", "lead")
                .containsEntry("hs_object_source", "INTEGRATION")
                .containsKeys("createdate", "lastmodifieddate", "hs_lifecyclestage_lead_date");
        assertThat(body).containsEntry("archived", false).containsKeys("createdAt", "updatedAt");
    }

    @Test
    void readsByIdAndByEmailAndUpdatesWithPatch() {
        String email = email();
        String id =
                (String)
                        api.post(
                                        "/crm/v3/objects/contacts",
                                        Map.of("properties", Map.of("email", email)))
                                .json()
                                .get("id");

        var byEmail =
                api.get(
                        "/crm/v3/objects/contacts/"
                                + email
                                + "?idProperty=email&properties=email,phone");
        assertThat(byEmail.status()).isEqualTo(200);
        assertThat(byEmail.json().get("id")).isEqualTo(id);
        assertThat(byEmail.json().get("properties").toString()).contains("phone=null");

        var patched =
                api.patch(
                        "/crm/v3/objects/contacts/" + id,
                        Map.of("properties", Map.of("phone", "+1 555 0100")));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("properties").toString()).contains("phone=+1 555 0100");
    }

    @Test
    void archiveAnswers204AndTheRecordIsOnlyFoundAsArchived() {
        String id =
                (String)
                        api.post(
                                        "/crm/v3/objects/companies",
                                        Map.of("properties", Map.of("name", "Gone Inc")))
                                .json()
                                .get("id");

        assertThat(api.delete("/crm/v3/objects/companies/" + id).status()).isEqualTo(204);
        assertThat(api.get("/crm/v3/objects/companies/" + id).status()).isEqualTo(404);
        assertThat(api.get("/crm/v3/objects/companies/" + id + "?archived=true").status())
                .isEqualTo(200);
    }

    @Test
    void listPagesWithAfterUntilThereIsNoPaging() {
        for (int i = 0; i < 3; i++) {
            api.post("/crm/v3/objects/tickets", Map.of("properties", Map.of("subject", "T" + i)));
        }
        String after = null;
        int seen = 0;
        int pages = 0;
        do {
            var page =
                    api.get(
                            "/crm/v3/objects/tickets?limit=2"
                                    + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).isEqualTo(200);
            seen += page.results().size();
            pages++;
            @SuppressWarnings("unchecked")
            var paging = (Map<String, Map<String, Object>>) page.json().get("paging");
            after = paging == null ? null : (String) paging.get("next").get("after");
        } while (after != null);
        assertThat(seen).isGreaterThanOrEqualTo(3);
        assertThat(pages).isGreaterThanOrEqualTo(2);
    }

    @Test
    void unknownPropertyIsTheRealValidationError() {
        var response =
                api.post("/crm/v3/objects/contacts", Map.of("properties", Map.of("prop2", "x")));

        assertThat(response.status()).isEqualTo(400);
        var body = response.json();
        assertThat(body)
                .containsEntry("status", "error")
                .containsEntry("category", "VALIDATION_ERROR")
                .containsEntry("correlationId", response.header("X-HubSpot-Correlation-Id"));
        assertThat((String) body.get("message"))
                .startsWith("Property values were not valid: [")
                .contains(
                        "\"error\":\"PROPERTY_DOESNT_EXIST\"",
                        "Property \\\"prop2\\\" does not exist");
    }

    @Test
    void invalidEmailAndInvalidOptionAreRejected() {
        var email =
                api.post("/crm/v3/objects/contacts", Map.of("properties", Map.of("email", "bob@")));
        var option =
                api.post(
                        "/crm/v3/objects/contacts",
                        Map.of("properties", Map.of("lifecyclestage", "prospect")));

        assertThat(email.status()).isEqualTo(400);
        assertThat(email.text()).contains("INVALID_EMAIL", "Email address bob@ is invalid");
        assertThat(option.status()).isEqualTo(400);
        assertThat(option.text())
                .contains("INVALID_OPTION", "prospect was not one of the allowed options");
    }

    @Test
    void malformedJsonAndWrongTypesAnswer400WithoutATrace() {
        var malformed = api.send("POST", "/crm/v3/objects/contacts", "{\"properties\":");
        var wrongType =
                api.post(
                        "/crm/v3/objects/contacts",
                        Map.of("properties", Map.of("firstname", List.of("a"))));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json()).containsEntry("category", "VALIDATION_ERROR");
        assertThat(malformed.text()).doesNotContain("at io.", "Exception");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json()).containsEntry("category", "VALIDATION_ERROR");
    }

    @Test
    void unknownIdIsObjectNotFound() {
        var response = api.get("/crm/v3/objects/deals/999999999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json())
                .containsEntry("category", "OBJECT_NOT_FOUND")
                .containsEntry("message", "Object not found.  objectId are usually numeric.");
    }

    @Test
    void gdprDeleteArchivesTheContactAndErasesItsValues() {
        String email = email();
        String id =
                (String)
                        api.post(
                                        "/crm/v3/objects/contacts",
                                        Map.of(
                                                "properties",
                                                Map.of("email", email, "firstname", "Gone")))
                                .json()
                                .get("id");

        var deleted =
                api.post(
                        "/crm/v3/objects/contacts/gdpr-delete",
                        Map.of("objectId", email, "idProperty", "email"));

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/crm/v3/objects/contacts/" + id).status()).isEqualTo(404);
        assertThat(
                        api.get(
                                        "/crm/v3/objects/contacts/"
                                                + id
                                                + "?archived=true&properties=firstname")
                                .text())
                .contains("\"firstname\":null");
    }
}
