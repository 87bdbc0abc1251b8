package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.CrmList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Lists v3: search all lists page by page, create a manual list, read memberships page by page, and
 * add or remove members with one {@code PUT} per call of up to {@value #MEMBERSHIP_BATCH} ids.
 */
public final class ListClient {

    static final int PAGE_SIZE = 100;
    static final int MEMBERSHIP_BATCH = 1000;

    private static final Map<String, String> TYPE_IDS =
            Map.of("contacts", "0-1", "companies", "0-2", "deals", "0-3", "tickets", "0-5");

    private final HubSpotClient client;

    public ListClient(HubSpotClient client) {
        this.client = client;
    }

    public List<CrmList> lists() {
        List<CrmList> lists = new ArrayList<>();
        int offset = 0;
        while (true) {
            JsonNode answer =
                    client.send(
                            ApiRequest.post(
                                    "/crm/v3/lists/search",
                                    Map.of("query", "", "offset", offset, "count", PAGE_SIZE),
                                    "lists",
                                    "list-search"));
            answer.path("lists").forEach(list -> lists.add(list(list)));
            if (!answer.path("hasMore").asBoolean(false)) {
                return lists;
            }
            offset = answer.path("offset").asInt();
        }
    }

    public CrmList create(String name, String objectType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("objectTypeId", TYPE_IDS.getOrDefault(objectType, objectType));
        body.put("processingType", "MANUAL");
        JsonNode answer =
                client.send(
                        ApiRequest.post("/crm/v3/lists/", body, "lists", "list-create")
                                .notRepeatable());
        return list(answer.path("list"));
    }

    public Set<String> members(String listId) {
        Set<String> members = new LinkedHashSet<>();
        String after = null;
        do {
            Map<String, List<String>> query = new LinkedHashMap<>();
            query.put("limit", List.of(String.valueOf(PAGE_SIZE)));
            if (after != null) {
                query.put("after", List.of(after));
            }
            JsonNode answer =
                    client.send(
                            ApiRequest.get(
                                    "/crm/v3/lists/" + listId + "/memberships",
                                    query,
                                    "lists",
                                    "list-memberships"));
            for (JsonNode member : answer.path("results")) {
                members.add(
                        member.isObject() ? member.path("recordId").asString() : member.asString());
            }
            after = answer.path("paging").path("next").path("after").asString(null);
        } while (after != null);
        return members;
    }

    public void add(String listId, Collection<String> ids) {
        change(listId, "add", ids);
    }

    public void remove(String listId, Collection<String> ids) {
        change(listId, "remove", ids);
    }

    private void change(String listId, String action, Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += MEMBERSHIP_BATCH) {
            client.send(
                    new ApiRequest(
                            "PUT",
                            "/crm/v3/lists/" + listId + "/memberships/" + action,
                            Map.of(),
                            all.subList(from, Math.min(all.size(), from + MEMBERSHIP_BATCH)),
                            "lists",
                            "list-" + action,
                            false,
                            true));
        }
    }

    private static CrmList list(JsonNode list) {
        return new CrmList(
                list.path("listId").asString(),
                list.path("name").asString(),
                list.path("processingType").asString(),
                list.path("size").asInt());
    }
}
