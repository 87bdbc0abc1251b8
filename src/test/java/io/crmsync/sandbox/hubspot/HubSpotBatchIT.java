package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HubSpotBatchIT {

    private final HubSpotHttp api = HubSpotHttp.unlimited();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Map<String, Object> contact(int i) {
        return Map.of(
                "properties",
                Map.of("email", "batch" + i + "." + run + "@example.com", "firstname", "B" + i));
    }

    @Test
    void batchCreateAnswers201AndResultsAreNotInInputOrder() {
        List<Object> inputs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inputs.add(contact(i));
        }
        var response = api.post("/crm/v3/objects/contacts/batch/create", Map.of("inputs", inputs));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json())
                .containsEntry("status", "COMPLETE")
                .containsKeys("startedAt", "completedAt");
        List<String> emails =
                response.results().stream()
                        .map(r -> ((Map<?, ?>) r.get("properties")).get("email").toString())
                        .toList();
        assertThat(emails).hasSize(5).first().isEqualTo("batch4." + run + "@example.com");
    }

    @Test
    void moreThan100InputsIsTheRealValidationError() {
        List<Object> inputs = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            inputs.add(Map.of("properties", Map.of("name", "C" + i)));
        }
        var response = api.post("/crm/v3/objects/companies/batch/create", Map.of("inputs", inputs));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json())
                .containsEntry("category", "VALIDATION_ERROR")
                .containsEntry("message", "Batch input exceeds maximum size of 100");
    }

    @Test
    void oneBadInputFailsTheWholeBatchWithoutTraceIds() {
        var response =
                api.post(
                        "/crm/v3/objects/contacts/batch/create",
                        Map.of(
                                "inputs",
                                List.of(contact(10), Map.of("properties", Map.of("nope", "x")))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(
                        api.get(
                                        "/crm/v3/objects/contacts/batch10."
                                                + run
                                                + "@example.com?idProperty=email")
                                .status())
                .isEqualTo(404);
    }

    @Test
    void withTraceIdsEachInputStandsAloneAndFailuresAre207() {
        var response =
                api.post(
                        "/crm/v3/objects/contacts/batch/create",
                        Map.of(
                                "inputs",
                                List.of(
                                        Map.of(
                                                "properties",
                                                Map.of("email", "t1." + run + "@example.com"),
                                                "objectWriteTraceId",
                                                "t1"),
                                        Map.of(
                                                "properties",
                                                Map.of("email", "broken@"),
                                                "objectWriteTraceId",
                                                "t2"))));

        assertThat(response.status()).isEqualTo(207);
        assertThat(response.results()).hasSize(1);
        assertThat(response.json()).containsEntry("numErrors", 1);
        assertThat(response.text()).contains("\"objectWriteTraceId\":[\"t2\"]", "INVALID_EMAIL");
    }

    @Test
    void batchReadReportsMissingIdsAs207AndUpsertTellsNewFromExisting() {
        String email = "up." + run + "@example.com";
        var first =
                api.post(
                        "/crm/v3/objects/contacts/batch/upsert",
                        Map.of(
                                "inputs",
                                List.of(
                                        Map.of(
                                                "id",
                                                email,
                                                "idProperty",
                                                "email",
                                                "properties",
                                                Map.of("firstname", "Up")))));
        var second =
                api.post(
                        "/crm/v3/objects/contacts/batch/upsert",
                        Map.of(
                                "inputs",
                                List.of(
                                        Map.of(
                                                "id",
                                                email,
                                                "idProperty",
                                                "email",
                                                "properties",
                                                Map.of("lastname", "Set")))));
        var read =
                api.post(
                        "/crm/v3/objects/contacts/batch/read",
                        Map.of(
                                "idProperty",
                                "email",
                                "properties",
                                List.of("firstname", "lastname"),
                                "inputs",
                                List.of(
                                        Map.of("id", email),
                                        Map.of("id", "missing." + run + "@example.com"))));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.results().getFirst()).containsEntry("new", true);
        assertThat(second.results().getFirst()).containsEntry("new", false);
        assertThat(read.status()).isEqualTo(207);
        assertThat(read.results().getFirst().get("properties").toString())
                .contains("firstname=Up", "lastname=Set");
        assertThat(read.text()).contains("OBJECT_NOT_FOUND", "missing." + run);
    }

    @Test
    void batchUpdateAndArchive() {
        var created =
                api.post(
                                "/crm/v3/objects/deals/batch/create",
                                Map.of(
                                        "inputs",
                                        List.of(
                                                Map.of(
                                                        "properties",
                                                        Map.of("dealname", "D1", "amount", "10")))))
                        .results()
                        .getFirst();
        String id = (String) created.get("id");

        var updated =
                api.post(
                        "/crm/v3/objects/deals/batch/update",
                        Map.of(
                                "inputs",
                                List.of(
                                        Map.of(
                                                "id",
                                                id,
                                                "properties",
                                                Map.of("dealstage", "closedwon")))));
        var archived =
                api.post(
                        "/crm/v3/objects/deals/batch/archive",
                        Map.of("inputs", List.of(Map.of("id", id))));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.results().getFirst().get("properties").toString())
                .contains("hs_is_closed_won=true", "hs_deal_stage_probability=1.0");
        assertThat(archived.status()).isEqualTo(204);
        assertThat(api.get("/crm/v3/objects/deals/" + id).status()).isEqualTo(404);
    }
}
