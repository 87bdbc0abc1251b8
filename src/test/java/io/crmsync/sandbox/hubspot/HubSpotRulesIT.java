package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HubSpotRulesIT {

    private final HubSpotHttp api = HubSpotHttp.unlimited();
    private final String email =
            "rule." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

    @Test
    void aSecondContactWithTheSameEmailIsTheReal409() {
        String id =
                (String)
                        api.post(
                                        "/crm/v3/objects/contacts",
                                        Map.of("properties", Map.of("email", email)))
                                .json()
                                .get("id");

        var duplicate =
                api.post(
                        "/crm/v3/objects/contacts",
                        Map.of("properties", Map.of("email", email.toUpperCase())));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json())
                .containsEntry("status", "error")
                .containsEntry("category", "CONFLICT")
                .containsEntry("message", "Contact already exists. Existing ID: " + id);
    }

    @Test
    void lifecycleStageOnlyMovesForwardUnlessClearedFirst() {
        String id =
                (String)
                        api.post(
                                        "/crm/v3/objects/contacts",
                                        Map.of(
                                                "properties",
                                                Map.of(
                                                        "email",
                                                        email,
                                                        "lifecyclestage",
                                                        "customer")))
                                .json()
                                .get("id");
        String path = "/crm/v3/objects/contacts/" + id;

        var backward = api.patch(path, Map.of("properties", Map.of("lifecyclestage", "lead")));
        assertThat(backward.status()).isEqualTo(200);
        assertThat(((Map<?, ?>) backward.json().get("properties")).get("lifecyclestage"))
                .isEqualTo("customer");

        api.patch(path, Map.of("properties", Map.of("lifecyclestage", "")));
        var afterClear = api.patch(path, Map.of("properties", Map.of("lifecyclestage", "lead")));
        assertThat(((Map<?, ?>) afterClear.json().get("properties")).get("lifecyclestage"))
                .isEqualTo("lead");
    }
}
