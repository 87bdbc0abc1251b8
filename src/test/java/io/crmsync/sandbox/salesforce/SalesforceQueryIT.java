package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

class SalesforceQueryIT {

    private static final SfHttp sf = new SfHttp();
    private static final String TAG = "Q" + UUID.randomUUID().toString().substring(0, 8);
    private static String accountId;

    @BeforeAll
    static void createRecords() {
        accountId =
                sf.call("POST", SfHttp.VERSION + "/sobjects/Account", Map.of("Name", TAG + " Corp"))
                        .json()
                        .get("id")
                        .asString();
        for (int batch = 0; batch < 3; batch++) {
            List<Map<String, Object>> records = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                int n = batch * 150 + i;
                records.add(
                        Map.of(
                                "attributes",
                                Map.of("type", "Contact"),
                                "LastName",
                                TAG,
                                "FirstName",
                                "P" + String.format("%03d", n),
                                "AccountId",
                                accountId,
                                "Title",
                                n % 2 == 0 ? "Even" : "Odd"));
            }
            var response =
                    sf.call(
                            "POST",
                            SfHttp.VERSION + "/composite/sobjects",
                            Map.of("allOrNone", true, "records", records));
            assertThat(response.status()).isEqualTo(200);
        }
    }

    @Test
    void recordsCarryAttributesAndNestedParentFields() {
        var response =
                sf.query(
                        "SELECT Id, FirstName, Account.Name FROM Contact WHERE LastName = '"
                                + TAG
                                + "' ORDER BY FirstName LIMIT 2");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("totalSize").asInt()).isEqualTo(2);
        assertThat(body.get("done").asBoolean()).isTrue();
        assertThat(body.has("nextRecordsUrl")).isFalse();
        JsonNode first = body.get("records").get(0);
        assertThat(first.get("attributes").get("type").asString()).isEqualTo("Contact");
        assertThat(first.get("FirstName").asString()).isEqualTo("P000");
        assertThat(first.get("Account").get("attributes").get("type").asString())
                .isEqualTo("Account");
        assertThat(first.get("Account").get("Name").asString()).isEqualTo(TAG + " Corp");
    }

    @Test
    void childSubqueriesNestTheChildRecordsOrNull() {
        String empty =
                sf.call(
                                "POST",
                                SfHttp.VERSION + "/sobjects/Account",
                                Map.of("Name", TAG + " Empty"))
                        .json()
                        .get("id")
                        .asString();
        var response =
                sf.query(
                        "SELECT Name, (SELECT FirstName FROM Contacts WHERE Title = 'Odd'"
                                + " ORDER BY FirstName LIMIT 2) FROM Account WHERE Id IN ('"
                                + accountId
                                + "', '"
                                + empty
                                + "') ORDER BY Name");

        JsonNode corp = response.json().get("records").get(0);
        assertThat(corp.get("Contacts").get("totalSize").asInt()).isEqualTo(2);
        assertThat(corp.get("Contacts").get("done").asBoolean()).isTrue();
        assertThat(corp.get("Contacts").get("records").get(0).get("FirstName").asString())
                .isEqualTo("P001");
        assertThat(response.json().get("records").get(1).get("Contacts").isNull()).isTrue();
        assertThat(
                        sf.query("SELECT Id, (SELECT Id FROM Nothings) FROM Account")
                                .json()
                                .get(0)
                                .get("errorCode")
                                .asString())
                .isEqualTo("INVALID_TYPE");
    }

    @Test
    void pagesFollowNextRecordsUrlWithTheRequestedBatchSize() {
        String soql = "SELECT Id FROM Contact WHERE LastName = '" + TAG + "'";
        var first = sf.query(soql, "Sforce-Query-Options", "batchSize=200");

        assertThat(first.json().get("totalSize").asInt()).isEqualTo(450);
        assertThat(first.json().get("done").asBoolean()).isFalse();
        assertThat(first.json().get("records").size()).isEqualTo(200);
        String next = first.json().get("nextRecordsUrl").asString();
        assertThat(next).matches("/services/data/v62.0/query/01g\\w{15}-200");
        var second = sf.get(next);
        var third = sf.get(second.json().get("nextRecordsUrl").asString());
        assertThat(second.json().get("records").size()).isEqualTo(200);
        assertThat(third.json().get("records").size()).isEqualTo(50);
        assertThat(third.json().get("done").asBoolean()).isTrue();
        var expired = sf.get(next);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().get(0).get("errorCode").asString())
                .isEqualTo("INVALID_QUERY_LOCATOR");
    }

    @Test
    void whereSupportsBooleanLogicInLikeAndDates() {
        String base = "SELECT COUNT() FROM Contact WHERE LastName = '" + TAG + "' AND ";

        assertThat(count(base + "Title = 'even'")).isEqualTo(225);
        assertThat(count(base + "(FirstName IN ('P001','P002') OR FirstName LIKE 'P01%')"))
                .isEqualTo(12);
        assertThat(count(base + "NOT FirstName LIKE 'P0%'")).isEqualTo(350);
        assertThat(
                        count(
                                base
                                        + "CreatedDate = LAST_N_DAYS:1 AND CreatedDate >"
                                        + " 2020-01-01T00:00:00Z"))
                .isEqualTo(450);
        assertThat(count(base + "Email = null AND FirstName NOT IN ('P000')")).isEqualTo(449);
        assertThat(count(base + "CreatedDate < TODAY")).isZero();
    }

    @Test
    void orderByOffsetAndLimitShapeThePage() {
        var response =
                sf.query(
                        "SELECT FirstName FROM Contact WHERE LastName = '"
                                + TAG
                                + "' ORDER BY FirstName DESC LIMIT 3 OFFSET 1");

        assertThat(
                        response.json()
                                .get("records")
                                .valueStream()
                                .map(r -> r.get("FirstName").asString()))
                .containsExactly("P448", "P447", "P446");
    }

    @Test
    void queryAllAlsoReturnsDeletedRows() {
        String id =
                sf.call(
                                "POST",
                                SfHttp.VERSION + "/sobjects/Contact",
                                Map.of("LastName", TAG + "-deleted"))
                        .json()
                        .get("id")
                        .asString();
        sf.call("DELETE", SfHttp.VERSION + "/sobjects/Contact/" + id, null);
        String soql = "SELECT Id, IsDeleted FROM Contact WHERE LastName = '" + TAG + "-deleted'";

        assertThat(sf.query(soql).json().get("totalSize").asInt()).isZero();
        var all =
                sf.get(
                        SfHttp.VERSION
                                + "/queryAll?q="
                                + java.net.URLEncoder.encode(
                                        soql, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(all.json().get("records").get(0).get("IsDeleted").asBoolean()).isTrue();
    }

    @Test
    void unknownFieldsAndObjectsGetTheRealErrors() {
        var badField = sf.query("SELECT Bacon__c FROM Account LIMIT 2");
        var badObject = sf.query("SELECT Id FROM Foo__c");
        var malformed = sf.query("SELEKT Id FROM Account");

        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.body())
                .isEqualTo(
                        "[{\"message\":\"\\n"
                            + "SELECT Bacon__c FROM Account LIMIT 2\\n"
                            + "       ^\\n"
                            + "ERROR at Row:1:Column:8\\n"
                            + "No such column 'Bacon__c' on entity 'Account'. If you are attempting"
                            + " to use a custom field, be sure to append the '__c' after the custom"
                            + " field name. Please reference your WSDL or the describe call for the"
                            + " appropriate names.\",\"errorCode\":\"INVALID_FIELD\"}]");
        assertThat(badObject.json().get(0).get("errorCode").asString()).isEqualTo("INVALID_TYPE");
        assertThat(
                        sf.query("SELECT Id FROM Contact LIMIT 1 OFFSET 2001")
                                .json()
                                .get(0)
                                .get("errorCode")
                                .asString())
                .isEqualTo("NUMBER_OUTSIDE_VALID_RANGE");
        assertThat(malformed.body())
                .isEqualTo(
                        "[{\"message\":\"unexpected token:"
                                + " SELEKT\",\"errorCode\":\"MALFORMED_QUERY\"}]");
    }

    private static int count(String soql) {
        var response = sf.query(soql);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("totalSize").asInt();
    }
}
