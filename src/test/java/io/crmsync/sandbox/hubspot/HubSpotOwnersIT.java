package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotOwnersIT {

    private final HubSpotHttp api = HubSpotHttp.unlimited();

    @Test
    void ownersAreListedInHubSpotsShape() {
        var response = api.get("/crm/v3/owners");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).doesNotContainKey("paging");
        assertThat(response.results())
                .extracting(o -> o.get("email"))
                .containsExactly(
                        "integration@crmsync-sandbox.example.com",
                        "sam.seller@crmsync-sandbox.example.com",
                        "hana.hubspot@crmsync-sandbox.example.com");
        assertThat(response.results().getFirst())
                .containsOnlyKeys(
                        "id",
                        "email",
                        "type",
                        "firstName",
                        "lastName",
                        "userId",
                        "userIdIncludingInactive",
                        "createdAt",
                        "updatedAt",
                        "archived")
                .containsEntry("id", "75318201")
                .containsEntry("type", "PERSON")
                .containsEntry("archived", false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ownersPageWithLimitAndAfter() {
        List<Object> ids = new ArrayList<>();
        String path = "/crm/v3/owners?limit=2";
        int pages = 0;
        while (path != null) {
            var page = api.get(path);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.results()).hasSizeLessThanOrEqualTo(2);
            page.results().forEach(o -> ids.add(o.get("id")));
            pages++;
            var paging = (Map<String, Object>) page.json().get("paging");
            path =
                    paging == null
                            ? null
                            : "/crm/v3/owners?limit=2&after="
                                    + ((Map<String, Object>) paging.get("next")).get("after");
        }

        assertThat(pages).isEqualTo(2);
        assertThat(ids).containsExactly("75318201", "75318202", "75318203");
    }

    @Test
    void oneOwnerIsReadByIdOrUserIdAndAnUnknownOneIsNotFound() {
        assertThat(api.get("/crm/v3/owners/75318202").json())
                .containsEntry("email", "sam.seller@crmsync-sandbox.example.com");
        assertThat(api.get("/crm/v3/owners/9100003?idProperty=userId").json())
                .containsEntry("id", "75318203");
        var missing = api.get("/crm/v3/owners/1");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).containsEntry("category", "OBJECT_NOT_FOUND");
    }

    @Test
    void ownersFilterByEmailAndHaveNoArchivedOnes() {
        assertThat(api.get("/crm/v3/owners?email=Sam.Seller@crmsync-sandbox.example.com").results())
                .singleElement()
                .satisfies(o -> assertThat(o).containsEntry("id", "75318202"));
        assertThat(api.get("/crm/v3/owners?archived=true").results()).isEmpty();
    }

    @Test
    void recordsTakeOnlyOwnerIdsAsTheirOwner() {
        var owned =
                api.post(
                        "/crm/v3/objects/contacts",
                        Map.of("properties", Map.of("hubspot_owner_id", "75318202")));
        var unknown =
                api.post(
                        "/crm/v3/objects/contacts",
                        Map.of("properties", Map.of("hubspot_owner_id", "12345")));

        assertThat(owned.status()).isEqualTo(201);
        assertThat(owned.text()).contains("\"hubspot_owner_id\":\"75318202\"");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("INVALID_OWNER_ID", "12345 is not a valid owner id");
    }

    @Test
    void ownersNeedAToken() {
        assertThat(new HubSpotHttp("not-a-token").get("/crm/v3/owners").status()).isEqualTo(401);
    }
}
