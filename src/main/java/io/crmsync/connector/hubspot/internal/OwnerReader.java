package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.CrmUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the portal's owners with {@code GET /crm/v3/owners}, following {@code paging.next.after}.
 * An owner's {@code id} is what records carry in {@code hubspot_owner_id}.
 */
public final class OwnerReader {

    static final int PAGE_SIZE = 500;

    private final HubSpotClient client;

    public OwnerReader(HubSpotClient client) {
        this.client = client;
    }

    public List<CrmUser> owners() {
        List<CrmUser> owners = new ArrayList<>();
        String after = null;
        do {
            Map<String, List<String>> query =
                    after == null
                            ? Map.of("limit", List.of(String.valueOf(PAGE_SIZE)))
                            : Map.of(
                                    "limit",
                                    List.of(String.valueOf(PAGE_SIZE)),
                                    "after",
                                    List.of(after));
            JsonNode answer =
                    client.send(ApiRequest.get("/crm/v3/owners", query, "owners", "owners"));
            if (answer == null) {
                break;
            }
            for (JsonNode owner : answer.path("results")) {
                owners.add(owner(owner));
            }
            String next = answer.path("paging").path("next").path("after").asString("");
            after = next.isEmpty() || next.equals(after) ? null : next;
        } while (after != null);
        return owners;
    }

    private static CrmUser owner(JsonNode json) {
        String email = json.path("email").asString("");
        String name =
                (json.path("firstName").asString("") + " " + json.path("lastName").asString(""))
                        .strip();
        return new CrmUser(
                json.path("id").asString(),
                email.isBlank() ? null : email,
                name.isEmpty() ? null : name,
                !json.path("archived").asBoolean(false));
    }
}
