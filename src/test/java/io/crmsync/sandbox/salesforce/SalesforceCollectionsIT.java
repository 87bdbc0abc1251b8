package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

class SalesforceCollectionsIT {

    private final SfHttp sf = new SfHttp();
    private final String path = SfHttp.VERSION + "/composite/sobjects";

    private static Map<String, Object> contact(Object... fields) {
        Map<String, Object> record = new java.util.LinkedHashMap<>();
        record.put("attributes", Map.of("type", "Contact"));
        for (int i = 0; i < fields.length; i += 2) {
            record.put((String) fields[i], fields[i + 1]);
        }
        return record;
    }

    @Test
    void mixedResultsComeBackInOrderWithStatusCodeErrors() {
        var response =
                sf.call(
                        "POST",
                        path,
                        Map.of(
                                "allOrNone",
                                false,
                                "records",
                                List.of(
                                        contact("LastName", "Smith"),
                                        contact("FirstName", "NoLast"))));

        assertThat(response.status()).isEqualTo(200);
        var results = response.json();
        assertThat(results.get(0).get("success").asBoolean()).isTrue();
        assertThat(results.get(0).get("id").asString()).startsWith("003");
        assertThat(results.get(1).toString())
                .isEqualTo(
                        "{\"success\":false,\"errors\":[{\"statusCode\":\"REQUIRED_FIELD_MISSING\",\"message\":\"Required"
                            + " fields are missing: [LastName]\",\"fields\":[\"LastName\"]}]}");
    }

    @Test
    void allOrNoneRollsEverythingBack() {
        String tag = UUID.randomUUID().toString();
        var response =
                sf.call(
                        "POST",
                        path,
                        Map.of(
                                "allOrNone",
                                true,
                                "records",
                                List.of(contact("LastName", tag), contact("FirstName", "NoLast"))));

        assertThat(response.json().get(0).toString())
                .isEqualTo(
                        "{\"success\":false,\"errors\":[{\"statusCode\":\"ALL_OR_NONE_OPERATION_ROLLED_BACK\",\"message\":\"Record"
                            + " rolled back because not all records were valid and the request was"
                            + " using AllOrNone header\",\"fields\":[]}]}");
        assertThat(
                        sf.query("SELECT COUNT() FROM Contact WHERE LastName = '" + tag + "'")
                                .json()
                                .get("totalSize")
                                .asInt())
                .isZero();
    }

    @Test
    void updateUpsertAndDeleteWorkOnCollections() {
        String key = UUID.randomUUID().toString();
        var upsert =
                sf.call(
                        "PATCH",
                        path + "/Contact/HubSpot_Id__c",
                        Map.of(
                                "allOrNone",
                                false,
                                "records",
                                List.of(contact("HubSpot_Id__c", key, "LastName", "Upsert"))));
        String id = upsert.json().get(0).get("id").asString();
        assertThat(upsert.json().get(0).get("created").asBoolean()).isTrue();

        var update =
                sf.call(
                        "PATCH",
                        path,
                        Map.of(
                                "records",
                                List.of(
                                        contact("id", id, "Title", "CFO"),
                                        contact("id", "003000000000000AAA", "Title", "x"))));
        assertThat(update.json().get(0).get("success").asBoolean()).isTrue();
        assertThat(update.json().get(1).get("success").asBoolean()).isFalse();
        var again =
                sf.call(
                        "PATCH",
                        path + "/Contact/HubSpot_Id__c",
                        Map.of(
                                "records",
                                List.of(contact("HubSpot_Id__c", key, "LastName", "Again"))));
        assertThat(again.json().get(0).get("created").asBoolean()).isFalse();

        var retrieved =
                sf.get(
                        path
                                + "/Contact?ids="
                                + id
                                + ",003000000000000AAA&fields=Id,Title,LastName");
        assertThat(retrieved.json().get(0).get("Title").asString()).isEqualTo("CFO");
        assertThat(retrieved.json().get(0).get("LastName").asString()).isEqualTo("Again");
        assertThat(retrieved.json().get(1).isNull()).isTrue();

        var deleted = sf.call("DELETE", path + "?ids=" + id + "&allOrNone=false", null);
        assertThat(deleted.body())
                .isEqualTo("[{\"id\":\"" + id + "\",\"success\":true,\"errors\":[]}]");
    }

    @Test
    void moreThan200RecordsIsExceededIdLimit() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            records.add(contact("LastName", "Bulk" + i));
        }

        var response = sf.call("POST", path, Map.of("records", records));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(
                        "[{\"message\":\"record limit reached. cannot submit more than 200 records"
                                + " into this call\",\"errorCode\":\"EXCEEDED_ID_LIMIT\"}]");
    }
}
