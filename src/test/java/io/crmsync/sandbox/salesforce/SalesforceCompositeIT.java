package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /composite} with query subrequests, as crmsync sends it to match contacts and leads. */
class SalesforceCompositeIT {

    private static final SfHttp sf = new SfHttp();
    private static final String TAG = "C" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void queriesOfSeveralTypesAnswerInOrderAndCountAsOneApiCall() {
        sf.call("POST", SfHttp.VERSION + "/sobjects/Contact", Map.of("LastName", TAG));
        sf.call(
                "POST",
                SfHttp.VERSION + "/sobjects/Lead",
                Map.of("LastName", TAG, "Company", TAG + " Inc"));
        long before = used(sf.query("SELECT Id FROM Contact LIMIT 1"));

        var response =
                sf.call(
                        "POST",
                        SfHttp.VERSION + "/composite",
                        Map.of(
                                "allOrNone",
                                false,
                                "compositeRequest",
                                List.of(
                                        query("leads", "SELECT Id, LastName FROM Lead"),
                                        query("contacts", "SELECT Id FROM Contact"))));

        assertThat(response.status()).isEqualTo(200);
        JsonNode answers = response.json().path("compositeResponse");
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).path("referenceId").asString()).isEqualTo("leads");
        assertThat(answers.get(0).path("httpStatusCode").asInt()).isEqualTo(200);
        assertThat(answers.get(0).path("body").path("records").get(0).path("LastName").asString())
                .isEqualTo(TAG);
        assertThat(answers.get(1).path("body").path("totalSize").asInt()).isEqualTo(1);
        assertThat(used(response)).as("one API call for both queries").isEqualTo(before + 1);
    }

    @Test
    void aFailedSubrequestHaltsTheRestUnderAllOrNone() {
        var response =
                sf.call(
                        "POST",
                        SfHttp.VERSION + "/composite",
                        Map.of(
                                "allOrNone",
                                true,
                                "compositeRequest",
                                List.of(
                                        query("bad", "SELECT Nope__c FROM Contact"),
                                        query("good", "SELECT Id FROM Contact LIMIT 1"),
                                        Map.of(
                                                "method",
                                                "DELETE",
                                                "url",
                                                SfHttp.VERSION
                                                        + "/sobjects/Contact/003000000000001",
                                                "referenceId",
                                                "write"))));

        JsonNode answers = response.json().path("compositeResponse");
        assertThat(answers.get(0).path("httpStatusCode").asInt()).isEqualTo(400);
        assertThat(answers.get(0).path("body").get(0).path("errorCode").asString())
                .isEqualTo("INVALID_FIELD");
        assertThat(answers.get(1).path("body").get(0).path("errorCode").asString())
                .isEqualTo("PROCESSING_HALTED");
        assertThat(answers.get(2).path("body").get(0).path("errorCode").asString())
                .isEqualTo("PROCESSING_HALTED");
    }

    @Test
    void moreThanTwentyFiveSubrequestsAreRefusedWhole() {
        List<Map<String, Object>> subrequests = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            subrequests.add(query("q" + i, "SELECT Id FROM Contact LIMIT 1"));
        }

        var response =
                sf.call(
                        "POST",
                        SfHttp.VERSION + "/composite",
                        Map.of("compositeRequest", subrequests));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get(0).path("errorCode").asString()).isEqualTo("INVALID_INPUT");
    }

    private static Map<String, Object> query(String reference, String soql) {
        return Map.of(
                "method",
                "GET",
                "url",
                SfHttp.VERSION + "/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8),
                "referenceId",
                reference);
    }

    private static long used(SfHttp.Response response) {
        String info = response.header("Sforce-Limit-Info");
        return Long.parseLong(info.substring(info.indexOf('=') + 1, info.indexOf('/')));
    }
}
