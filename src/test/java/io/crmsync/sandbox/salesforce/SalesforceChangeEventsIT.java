package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

class SalesforceChangeEventsIT {

    private final SfHttp sf = new SfHttp();

    private JsonNode events(String channel, long replayId) {
        return sf.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                sf.base
                                                        + "/events/data/"
                                                        + channel
                                                        + "?replayId="
                                                        + replayId))
                                .header("Authorization", "Bearer " + sf.token())
                                .GET())
                .json();
    }

    @Test
    void writesBecomeChangeEventsWhoseOriginNamesTheApiClient() {
        long latest = events("ContactChangeEvent", -1).get("latestReplayId").asLong();
        String id =
                sf.call(
                                "POST",
                                SfHttp.VERSION + "/sobjects/Contact",
                                Map.of("LastName", "Cdc"),
                                "Sforce-Call-Options",
                                "client=crmsync-sync")
                        .json()
                        .get("id")
                        .asString();
        sf.admin("PATCH", "/records/Contact/" + id, Map.of("Title", "Buyer"));
        sf.call("POST", SfHttp.VERSION + "/sobjects/Account", Map.of("Name", "Not a contact"));
        sf.call("DELETE", SfHttp.VERSION + "/sobjects/Contact/" + id, null);

        JsonNode page = events("ContactChangeEvent", latest).get("events");

        assertThat(page.size()).isEqualTo(3);
        JsonNode created = page.get(0).get("payload");
        assertThat(created.get("ChangeEventHeader").get("changeType").asString())
                .isEqualTo("CREATE");
        assertThat(created.get("ChangeEventHeader").get("changeOrigin").asString())
                .isEqualTo("com/salesforce/api/rest/62.0;client=crmsync-sync");
        assertThat(created.get("ChangeEventHeader").get("recordIds").get(0).asString())
                .isEqualTo(id);
        assertThat(created.get("LastName").asString()).isEqualTo("Cdc");
        JsonNode updated = page.get(1).get("payload").get("ChangeEventHeader");
        assertThat(updated.get("changeType").asString()).isEqualTo("UPDATE");
        assertThat(updated.get("changeOrigin").asString()).isEmpty();
        assertThat(updated.get("changedFields").valueStream().map(JsonNode::asString))
                .contains("Title", "LastModifiedById");
        assertThat(page.get(2).get("payload").get("ChangeEventHeader").get("changeType").asString())
                .isEqualTo("DELETE");
        assertThat(page.get(1).get("replayId").asLong())
                .isGreaterThan(page.get(0).get("replayId").asLong());
        assertThat(events("ChangeEvents", latest).get("events").size()).isEqualTo(4);
    }

    @Test
    void theFeedNeedsAValidToken() {
        var response =
                sf.send(
                        HttpRequest.newBuilder(URI.create(sf.base + "/events/data/ChangeEvents"))
                                .header("Authorization", "Bearer nope")
                                .GET());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get(0).get("errorCode").asString())
                .isEqualTo("INVALID_SESSION_ID");
    }
}
