package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.SandboxTestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HubSpot fails a whole batch/upsert for one bad input, and each failed call costs quota: what the
 * property definitions already refuse never reaches HubSpot, and a batch HubSpot refuses all the
 * same is sent again once, without the inputs its answer names.
 */
class HubSpotBatchRefusalsIT {

    private final CallLog calls = new CallLog();
    private final MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(1)));
    private CrmConnector connector;
    private String domain;
    private String run;

    @BeforeEach
    void connect() {
        connector = TestConnectors.privateApp(SandboxTestServer.hubspotUrl(), clock, calls);
        run = UUID.randomUUID().toString().substring(0, 8);
        domain = run + ".example.com";
    }

    @Test
    void knownBadRecordsFailOnTheirOwnWithoutAFailedCall() {
        List<RecordWrite> upserts = new ArrayList<>(TestConnectors.contacts(domain, 5));
        upserts.add(upsert("bad-email", "not-an-email", Map.of()));
        upserts.add(upsert("bad-stage", "stage@" + domain, Map.of("lifecyclestage", "no-such")));
        upserts.add(upsert("twice", "C0@" + domain, Map.of()));
        upserts.add(upsert("read-only", "ro@" + domain, Map.of("hs_email_domain", "x.com")));
        // As the engine does before it writes an object.
        connector.describe("contacts");

        List<WriteResult> results = connector.write("contacts", WriteOperation.UPSERT, upserts);

        assertThat(results.subList(0, 5)).allMatch(WriteResult::succeeded);
        assertThat(results.subList(5, 9))
                .allMatch(r -> r.failure().kind() == FailureKind.RECORD_REJECTED)
                .extracting(r -> r.failure().code())
                .containsExactly(
                        "INVALID_EMAIL", "INVALID_OPTION", "DUPLICATE_IN_BATCH", "READ_ONLY_VALUE");
        assertThat(results.get(6).failure().type()).isEqualTo(ErrorType.PICKLIST_VALUES);
        assertThat(results.get(7).failure().type()).isEqualTo(ErrorType.DUPLICATES);
        assertThat(calls.calls())
                .filteredOn(c -> c.operation().equals("batch-upsert"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isBetween(200, 299));
    }

    @Test
    void aBatchHubSpotRefusesIsSentOnceMoreWithoutTheInputItNames() throws Exception {
        String property = "tier_" + run.replace("-", "");
        createEnumeration(property, List.of("gold", "silver"));
        connector.describe("contacts");
        // HubSpot changes after crmsync read the definitions: "silver" is gone.
        hubSpot(
                "PATCH",
                "/crm/v3/properties/contacts/" + property,
                "{\"options\":[{\"label\":\"Gold\",\"value\":\"gold\"}]}");
        List<RecordWrite> upserts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            upserts.add(
                    upsert(
                            "ref-" + i,
                            "t" + i + "@" + domain,
                            Map.of(property, i == 6 ? "silver" : "gold")));
        }
        calls.clear();

        List<WriteResult> results = connector.write("contacts", WriteOperation.UPSERT, upserts);

        assertThat(results).filteredOn(WriteResult::succeeded).hasSize(9);
        assertThat(results.get(6).failure().code()).isEqualTo("INVALID_OPTION");
        assertThat(results.get(6).failure().type()).isEqualTo(ErrorType.PICKLIST_VALUES);
        // Each call holds a record at most once: two calls send each good record at most twice.
        assertThat(calls.calls())
                .filteredOn(c -> c.operation().equals("batch-upsert"))
                .extracting(c -> c.status() / 100)
                .containsExactly(4, 2);
    }

    private static RecordWrite upsert(String reference, String email, Map<String, Object> extra) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("email", email);
        fields.put("lastname", "Last " + reference);
        fields.putAll(extra);
        return new RecordWrite(reference, null, "email", fields);
    }

    private static void createEnumeration(String name, List<String> values) throws Exception {
        StringBuilder options = new StringBuilder();
        for (String value : values) {
            options.append(options.isEmpty() ? "" : ",")
                    .append("{\"label\":\"%s\",\"value\":\"%s\"}".formatted(value, value));
        }
        hubSpot(
                "POST",
                "/crm/v3/properties/contacts",
                ("{\"name\":\"%s\",\"label\":\"Tier\",\"type\":\"enumeration\","
                                + "\"fieldType\":\"select\",\"groupName\":\"contactinformation\","
                                + "\"options\":[%s]}")
                        .formatted(name, options));
    }

    private static void hubSpot(String method, String path, String json) throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(SandboxTestServer.hubspotUrl() + path))
                                        .header("Authorization", "Bearer " + TestConnectors.TOKEN)
                                        .header("Content-Type", "application/json")
                                        .method(method, HttpRequest.BodyPublishers.ofString(json))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }
}
