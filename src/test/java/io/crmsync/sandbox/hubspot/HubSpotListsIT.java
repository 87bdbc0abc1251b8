package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HubSpotListsIT {

    private final HubSpotHttp api = HubSpotHttp.unlimited();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String contact(String lifecycle) {
        return (String)
                api.post(
                                "/crm/v3/objects/contacts",
                                Map.of(
                                        "properties",
                                        Map.of(
                                                "email",
                                                UUID.randomUUID().toString().substring(0, 8)
                                                        + "."
                                                        + run
                                                        + "@example.com",
                                                "lifecyclestage",
                                                lifecycle,
                                                "jobtitle",
                                                run)))
                        .json()
                        .get("id");
    }

    @Test
    void manualListsTakeAndGiveMembersWithHubSpotsSpelling() {
        var created =
                api.post(
                        "/crm/v3/lists/",
                        Map.of(
                                "name",
                                "Manual " + run,
                                "objectTypeId",
                                "0-1",
                                "processingType",
                                "MANUAL"));
        assertThat(created.status()).isEqualTo(200);
        String listId = (String) ((Map<?, ?>) created.json().get("list")).get("listId");
        String a = contact("lead");
        String b = contact("lead");

        var added =
                api.put("/crm/v3/lists/" + listId + "/memberships/add", List.of(a, b, "999999999"));
        assertThat(added.json())
                .containsEntry("recordsIdsAdded", List.of(a, b))
                .containsEntry("recordIdsMissing", List.of("999999999"));
        var page = api.get("/crm/v3/lists/" + listId + "/memberships?limit=1");
        assertThat(page.json()).containsEntry("total", 2).containsKey("paging");
        assertThat(page.results().getFirst())
                .containsEntry("recordId", a)
                .containsKey("membershipTimestamp");

        var removed = api.put("/crm/v3/lists/" + listId + "/memberships/remove", List.of(a));
        assertThat(removed.json()).containsEntry("recordIdsRemoved", List.of(a));
        var byName =
                api.get("/crm/v3/lists/object-type-id/0-1/name/Manual ".replace(" ", "%20") + run);
        assertThat(((Map<?, ?>) byName.json().get("list")).get("size")).isEqualTo(1);
        assertThat(api.get("/crm/v3/lists/records/0-1/" + b + "/memberships").text())
                .contains(listId);
    }

    @Test
    void dynamicListsFollowRecordChangesAndRefuseManualChanges() {
        Map<String, Object> filterBranch =
                Map.of(
                        "filterBranchType",
                        "OR",
                        "filters",
                        List.of(),
                        "filterBranches",
                        List.of(
                                Map.of(
                                        "filterBranchType",
                                        "AND",
                                        "filterBranches",
                                        List.of(),
                                        "filters",
                                        List.of(
                                                Map.of(
                                                        "filterType",
                                                        "PROPERTY",
                                                        "property",
                                                        "jobtitle",
                                                        "operation",
                                                        Map.of(
                                                                "operationType",
                                                                "STRING",
                                                                "operator",
                                                                "IS_EQUAL_TO",
                                                                "value",
                                                                run)),
                                                Map.of(
                                                        "filterType",
                                                        "PROPERTY",
                                                        "property",
                                                        "lifecyclestage",
                                                        "operation",
                                                        Map.of(
                                                                "operationType",
                                                                "ENUMERATION",
                                                                "operator",
                                                                "IS_ANY_OF",
                                                                "values",
                                                                List.of("customer")))))));
        var created =
                api.post(
                        "/crm/v3/lists",
                        Map.of(
                                "name",
                                "Dynamic " + run,
                                "objectTypeId",
                                "0-1",
                                "processingType",
                                "DYNAMIC",
                                "filterBranch",
                                filterBranch));
        String listId = (String) ((Map<?, ?>) created.json().get("list")).get("listId");
        String customer = contact("customer");
        String lead = contact("lead");

        assertThat(api.get("/crm/v3/lists/" + listId + "/memberships").results())
                .extracting(r -> r.get("recordId"))
                .containsExactly(customer);
        api.patch(
                "/crm/v3/objects/contacts/" + lead,
                Map.of("properties", Map.of("lifecyclestage", "customer")));
        assertThat(api.get("/crm/v3/lists/" + listId + "/memberships").json())
                .containsEntry("total", 2);
        assertThat(api.put("/crm/v3/lists/" + listId + "/memberships/add", List.of(lead)).status())
                .isEqualTo(400);
        var search =
                api.post(
                        "/crm/v3/lists/search",
                        Map.of("query", run, "processingTypes", List.of("DYNAMIC")));
        assertThat(search.json()).containsEntry("total", 1);
    }
}
