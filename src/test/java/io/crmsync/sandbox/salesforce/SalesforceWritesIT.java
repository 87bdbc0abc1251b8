package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

class SalesforceWritesIT {

    private final SfHttp sf = new SfHttp();
    private final String contacts = SfHttp.VERSION + "/sobjects/Contact";

    @Test
    void createReadUpdateDeleteFollowTheRecordedStatusesAndBodies() {
        var created =
                sf.call(
                        "POST",
                        contacts,
                        Map.of(
                                "LastName",
                                "Doe",
                                "FirstName",
                                "Jane",
                                "Email",
                                "jane.doe@example.com"),
                        "Sforce-Call-Options",
                        "client=crmsync-test");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(id).startsWith("003").hasSize(18);
        assertThat(created.body())
                .isEqualTo("{\"id\":\"" + id + "\",\"success\":true,\"errors\":[]}");
        assertThat(created.header("Location")).isEqualTo(contacts + "/" + id);
        assertThat(created.header("Sforce-Limit-Info")).startsWith("api-usage=");

        var read = sf.get(contacts + "/" + id);
        assertThat(read.json().get("attributes").get("url").asString())
                .isEqualTo(contacts + "/" + id);
        assertThat(read.json().get("Name").asString()).isEqualTo("Jane Doe");
        assertThat(read.json().get("OwnerId").asString()).startsWith("005");
        assertThat(read.json().get("SystemModstamp").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
        assertThat(read.json().get("IsDeleted").asBoolean()).isFalse();

        var updated = sf.call("PATCH", contacts + "/" + id, Map.of("Email", "new@example.com"));
        assertThat(updated.status()).isEqualTo(204);
        assertThat(sf.get(contacts + "/" + id.substring(0, 15) + "?fields=Id,Email").body())
                .isEqualTo(
                        "{\"attributes\":{\"type\":\"Contact\",\"url\":\""
                                + contacts
                                + "/"
                                + id
                                + "\"},\"Id\":\""
                                + id
                                + "\",\"Email\":\"new@example.com\"}");

        assertThat(sf.call("DELETE", contacts + "/" + id, null).status()).isEqualTo(204);
        var again = sf.call("DELETE", contacts + "/" + id, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body())
                .isEqualTo(
                        "[{\"message\":\"entity is"
                                + " deleted\",\"errorCode\":\"ENTITY_IS_DELETED\",\"fields\":[]}]");
    }

    @Test
    void badInputGetsTheRealErrorBodies() {
        assertThat(sf.call("POST", contacts, Map.of("FirstName", "NoLast")).body())
                .isEqualTo(
                        "[{\"message\":\"Required fields are missing: [LastName]\","
                            + "\"errorCode\":\"REQUIRED_FIELD_MISSING\",\"fields\":[\"LastName\"]}]");
        var unknownField =
                sf.call("POST", contacts, Map.of("LastName", "X", "FavoritePet__c", "dog"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body())
                .isEqualTo(
                        "[{\"message\":\"No such column 'FavoritePet__c' on sobject of type"
                                + " Contact\",\"errorCode\":\"INVALID_FIELD\"}]");
        var unknownObject =
                sf.call("POST", SfHttp.VERSION + "/sobjects/Movie__c", Map.of("Name", "x"));
        assertThat(unknownObject.status()).isEqualTo(404);
        assertThat(unknownObject.json().get(0).get("errorCode").asString()).isEqualTo("NOT_FOUND");
        var malformed = sf.call("POST", contacts, "{\"LastName\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get(0).get("errorCode").asString())
                .isEqualTo("JSON_PARSER_ERROR");
        var wrongType =
                sf.call("POST", contacts, Map.of("LastName", "X", "HasOptedOutOfEmail", "maybe"));
        assertThat(wrongType.json().get(0).get("errorCode").asString())
                .isEqualTo("JSON_PARSER_ERROR");
        var badId = sf.call("PATCH", contacts + "/003B000000FSjVUIB1", Map.of("LastName", "Y"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body())
                .isEqualTo(
                        "[{\"message\":\"Record ID: id value of incorrect type:"
                            + " 003B000000FSjVUIB1\",\"errorCode\":\"MALFORMED_ID\",\"fields\":[\"Id\"]}]");
        assertThat(
                        sf.call("POST", contacts, Map.of("LastName", "Y", "IsDeleted", true))
                                .json()
                                .get(0)
                                .get("errorCode")
                                .asString())
                .isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
    }

    @Test
    void upsertByExternalIdCreatesThenUpdatesAndReportsMultipleMatches() {
        String key = UUID.randomUUID().toString();
        var first = sf.call("PATCH", contacts + "/HubSpot_Id__c/" + key, Map.of("LastName", "Up"));
        var second =
                sf.call("PATCH", contacts + "/HubSpot_Id__c/" + key, Map.of("LastName", "Upd"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("created").asBoolean()).isTrue();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("created").asBoolean()).isFalse();
        assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());

        sf.call("POST", contacts, Map.of("LastName", "Twin", "HubSpot_Id__c", key));
        var multiple =
                sf.call("PATCH", contacts + "/HubSpot_Id__c/" + key, Map.of("LastName", "Z"));
        assertThat(multiple.status()).isEqualTo(300);
        assertThat(multiple.json().size()).isEqualTo(2);
        assertThat(multiple.json().get(0).asString()).startsWith(contacts + "/003");
        assertThat(sf.call("PATCH", contacts + "/Title/x", Map.of("LastName", "Z")).status())
                .isEqualTo(404);
    }

    @Test
    void updatedAndDeletedListTheChangesOfAWindow() {
        String start = java.time.Instant.now().minusSeconds(120).toString();
        String end = java.time.Instant.now().plusSeconds(120).toString();
        String id =
                sf.call("POST", contacts, Map.of("LastName", "Window")).json().get("id").asString();
        String gone =
                sf.call("POST", contacts, Map.of("LastName", "Gone")).json().get("id").asString();
        sf.call("DELETE", contacts + "/" + gone, null);

        var updated = sf.get(contacts + "/updated/?start=" + start + "&end=" + end);
        var deleted = sf.get(contacts + "/deleted/?start=" + start + "&end=" + end);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body()).contains(id).doesNotContain(gone);
        assertThat(updated.json().get("latestDateCovered").asString()).endsWith(":00.000+0000");
        var deletedIds =
                deleted.json()
                        .get("deletedRecords")
                        .valueStream()
                        .map(r -> r.get("id").asString())
                        .toList();
        assertThat(deletedIds).contains(gone);
        assertThat(deleted.json().has("earliestDateAvailable")).isTrue();
        var tooOld = sf.get(contacts + "/updated/?start=2001-01-01T00:00:00Z&end=" + end);
        assertThat(tooOld.json().get(0).get("errorCode").asString())
                .isEqualTo("INVALID_REPLICATION_DATE");
    }

    @Test
    void theCallOptionsClientIsKeptForEchoDetection() {
        String id =
                sf.call(
                                "POST",
                                contacts,
                                Map.of("LastName", "Echo"),
                                "Sforce-Call-Options",
                                "client=crmsync-sync")
                        .json()
                        .get("id")
                        .asString();

        var record = sf.admin("GET", "/records/Contact/" + id, null);

        assertThat(record.json().get("lastClient").asString()).isEqualTo("crmsync-sync");
        assertThat(List.of(record.json().get("values").get("LastModifiedById").asString()))
                .allMatch(v -> v.startsWith("005"));
    }
}
