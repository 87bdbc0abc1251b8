package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Opportunity contact roles written and polled as a deal sync writes and polls them. */
class SalesforceContactRolesIT {

    private final SfHttp sf = new SfHttp();
    private final String roles = SfHttp.VERSION + "/sobjects/OpportunityContactRole";
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String create(String type, Map<String, Object> fields) {
        var response = sf.call("POST", SfHttp.VERSION + "/sobjects/" + type, fields);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private String opportunity() {
        return create(
                "Opportunity",
                Map.of(
                        "Name",
                        "Deal " + tag,
                        "StageName",
                        "Prospecting",
                        "CloseDate",
                        "2026-09-30"));
    }

    private String contact() {
        return create("Contact", Map.of("LastName", "Role " + tag));
    }

    private JsonNode queryAll(String soql) {
        return sf.get(
                        SfHttp.VERSION
                                + "/queryAll?q="
                                + URLEncoder.encode(soql, StandardCharsets.UTF_8))
                .json();
    }

    @Test
    void aRoleIsCreatedReadUpdatedAndDeletedOneByOne() {
        String opportunity = opportunity();
        String contact = contact();
        String other = contact();

        var created =
                sf.call(
                        "POST",
                        roles,
                        Map.of(
                                "OpportunityId",
                                opportunity,
                                "ContactId",
                                contact,
                                "Role",
                                "Economic Buyer",
                                "IsPrimary",
                                true));
        String id = created.json().get("id").asString();
        var updated =
                sf.call(
                        "PATCH",
                        roles + "/" + id,
                        Map.of("Role", "Executive Sponsor", "ContactId", other));
        var moved = sf.call("PATCH", roles + "/" + id, Map.of("OpportunityId", opportunity()));
        var badRole =
                sf.call(
                        "POST",
                        roles,
                        Map.of("OpportunityId", opportunity, "ContactId", contact, "Role", "Boss"));
        JsonNode read = sf.get(roles + "/" + id).json();
        var deleted = sf.call("DELETE", roles + "/" + id, null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(id).startsWith("00K");
        assertThat(created.header("Location")).endsWith("/sobjects/OpportunityContactRole/" + id);
        assertThat(updated.status()).isEqualTo(204);
        assertThat(read.get("Role").asString()).isEqualTo("Executive Sponsor");
        assertThat(read.get("ContactId").asString()).isEqualTo(other);
        assertThat(read.get("OpportunityId").asString()).isEqualTo(opportunity);
        assertThat(read.get("IsPrimary").asBoolean()).isTrue();
        assertThat(moved.json().get(0).get("errorCode").asString())
                .isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
        assertThat(badRole.status()).as("Role is not a restricted picklist").isEqualTo(201);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(sf.get(roles + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void rolesAreWrittenInCollectionsAndQueriedByOpportunityAndModstamp() {
        String first = opportunity();
        String second = opportunity();
        String a = contact();
        String b = contact();
        String since = Instant.now().minusSeconds(5).toString().replaceFirst("\\.\\d+Z$", "Z");
        var written =
                sf.call(
                                "POST",
                                SfHttp.VERSION + "/composite/sobjects",
                                Map.of(
                                        "allOrNone",
                                        true,
                                        "records",
                                        List.of(
                                                role(first, a, "Decision Maker", true),
                                                role(first, b, "Evaluator", false),
                                                role(second, a, "Influencer", true))))
                        .json();
        String ids = "'" + first + "','" + second + "'";

        var byOpportunity =
                sf.query(
                                "SELECT Id, OpportunityId, ContactId, Role, IsPrimary,"
                                        + " SystemModstamp FROM OpportunityContactRole WHERE"
                                        + " OpportunityId IN ("
                                        + ids
                                        + ") ORDER BY SystemModstamp, Id")
                        .json();
        var changed =
                sf.query(
                                "SELECT Id FROM OpportunityContactRole WHERE SystemModstamp >= "
                                        + since
                                        + " AND LastModifiedDate >= "
                                        + since
                                        + " AND OpportunityId IN ("
                                        + ids
                                        + ")")
                        .json();
        var children =
                sf.query(
                                "SELECT Id, (SELECT ContactId, Role FROM OpportunityContactRoles)"
                                        + " FROM Opportunity WHERE Id = '"
                                        + first
                                        + "'")
                        .json();

        assertThat(written.valueStream()).allMatch(r -> r.get("success").asBoolean());
        assertThat(byOpportunity.get("totalSize").asInt()).isEqualTo(3);
        assertThat(byOpportunity.get("records").get(0).get("SystemModstamp").asString())
                .endsWith("+0000");
        assertThat(changed.get("totalSize").asInt()).isEqualTo(3);
        assertThat(
                        children.get("records")
                                .get(0)
                                .get("OpportunityContactRoles")
                                .get("totalSize")
                                .asInt())
                .isEqualTo(2);
    }

    @Test
    void deletedRolesStayVisibleToQueryAllAndGetDeletedAndGoWithTheirOpportunity() {
        String start = Instant.now().minusSeconds(120).toString();
        String opportunity = opportunity();
        String kept = opportunity();
        String contact = contact();
        String byHand =
                create(
                        "OpportunityContactRole",
                        Map.of("OpportunityId", opportunity, "ContactId", contact));
        String withParent =
                create(
                        "OpportunityContactRole",
                        Map.of("OpportunityId", opportunity, "ContactId", contact()));
        String withContact =
                create(
                        "OpportunityContactRole",
                        Map.of("OpportunityId", kept, "ContactId", contact));
        String survivor =
                create(
                        "OpportunityContactRole",
                        Map.of("OpportunityId", kept, "ContactId", contact()));

        sf.call("DELETE", roles + "/" + byHand, null);
        sf.call(
                "DELETE",
                SfHttp.VERSION
                        + "/composite/sobjects?allOrNone=false&ids="
                        + opportunity
                        + ","
                        + contact,
                null);
        String end = Instant.now().plusSeconds(120).toString();
        String soql =
                "SELECT Id, IsDeleted FROM OpportunityContactRole WHERE OpportunityId IN ('"
                        + opportunity
                        + "','"
                        + kept
                        + "') ORDER BY Id";

        assertThat(sf.query(soql).json().get("records").valueStream())
                .extracting(r -> r.get("Id").asString())
                .containsExactly(survivor);
        assertThat(queryAll(soql).get("records").valueStream())
                .extracting(r -> r.get("Id").asString() + " " + r.get("IsDeleted").asBoolean())
                .containsExactlyInAnyOrder(
                        byHand + " true",
                        withParent + " true",
                        withContact + " true",
                        survivor + " false");
        var deleted = sf.get(roles + "/deleted/?start=" + start + "&end=" + end).json();
        assertThat(deleted.get("deletedRecords").valueStream())
                .extracting(r -> r.get("id").asString())
                .contains(byHand, withParent, withContact)
                .doesNotContain(survivor);
    }

    @Test
    void aMergedContactsRolesMoveToTheMaster() {
        String opportunity = opportunity();
        String master = contact();
        String loser = contact();
        String role =
                create(
                        "OpportunityContactRole",
                        Map.of("OpportunityId", opportunity, "ContactId", loser));

        sf.admin("POST", "/merge/Contact", Map.of("masterId", master, "loserIds", List.of(loser)));
        JsonNode read = sf.get(roles + "/" + role).json();

        assertThat(read.get("ContactId").asString()).isEqualTo(master);
        assertThat(read.get("IsDeleted").asBoolean()).isFalse();
    }

    private static Map<String, Object> role(
            String opportunity, String contact, String role, boolean primary) {
        return Map.of(
                "attributes",
                Map.of("type", "OpportunityContactRole"),
                "OpportunityId",
                opportunity,
                "ContactId",
                contact,
                "Role",
                role,
                "IsPrimary",
                primary);
    }
}
