package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HubSpot's fault plan through the admin API, and a response lost after a write. */
class HubSpotFaultAdminIT {

    private final HubSpotHttp api = HubSpotHttp.unlimited();
    private final HubSpotHttp admin = new HubSpotHttp(null);

    @AfterEach
    void clear() {
        admin.delete("/_admin/faults");
    }

    @Test
    void aPlanPutPerEndpointIsReadBackAndApplied() {
        var put =
                admin.put(
                        "/_admin/faults",
                        Map.of("/crm/v3/objects/companies", Map.of("rate503", 1.0)));

        assertThat(put.status()).as(put.text()).isEqualTo(200);

        var plan = admin.get("/_admin/faults").json();
        assertThat(plan).containsOnlyKeys("/crm/v3/objects/companies");
        assertThat(api.get("/crm/v3/objects/companies").status()).isEqualTo(503);
        assertThat(api.get("/crm/v3/objects/contacts").status()).isEqualTo(200);
    }

    @Test
    void theAdminApiNeedsItsKey() throws Exception {
        var request =
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(admin.base + "/_admin/faults"))
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json")
                        .build();

        var response =
                java.net.http.HttpClient.newHttpClient()
                        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aCreateWhoseResponseIsLostIsAppliedWhileTheClientSeesAFailure() {
        assertThat(
                        admin.put(
                                        "/_admin/faults",
                                        Map.of(
                                                "/crm/v3/objects/contacts",
                                                Map.of("lostAfterWriteRate", 1.0)))
                                .status())
                .isEqualTo(200);
        String email = "lost-" + UUID.randomUUID() + "@example.com";

        assertThatThrownBy(
                        () ->
                                api.post(
                                        "/crm/v3/objects/contacts",
                                        Map.of("properties", Map.of("email", email))))
                .isInstanceOf(UncheckedIOException.class);

        var stored = admin.get("/_admin/objects/contacts?offset=0&limit=5&text=" + email).json();
        assertThat(((Number) stored.get("total")).intValue())
                .as("the write was applied")
                .isEqualTo(1);
    }
}
