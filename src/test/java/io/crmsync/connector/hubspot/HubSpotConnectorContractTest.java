package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.spi.ApiCall;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Hand-written HubSpot answers per the API contract (207s, 4xx, 429s) and what they become. */
class HubSpotConnectorContractTest {

    private final MockHubSpot hubspot = new MockHubSpot();

    HubSpotConnectorContractTest() throws java.io.IOException {}

    @AfterEach
    void stop() {
        hubspot.close();
    }

    @Test
    void a207MapsShuffledResultsAndPerInputErrorsBackToTheirReferences() {
        hubspot.answer(
                207,
                """
                {"status":"COMPLETE","results":[
                  {"id":"903","properties":{"email":"c@x.com"},"objectWriteTraceId":"r3"},
                  {"id":"901","properties":{"email":"a@x.com"}}],
                 "numErrors":3,"errors":[
                  {"status":"error","category":"VALIDATION_ERROR","message":"Property values were not valid: [{\\"isValid\\":false,\\"message\\":\\"Email address b is invalid\\",\\"error\\":\\"INVALID_EMAIL\\",\\"name\\":\\"email\\"}]","context":{"objectWriteTraceId":["r2"]}},
                  {"status":"error","category":"VALIDATION_ERROR","message":"Property values were not valid: [{\\"isValid\\":false,\\"message\\":\\"foo was not one of the allowed options\\",\\"error\\":\\"INVALID_OPTION\\",\\"name\\":\\"lifecyclestage\\"}]","context":{"objectWriteTraceId":["r4"]}},
                  {"status":"error","category":"VALIDATION_ERROR","message":"Invalid association type 9999 from contact to company","context":{"objectWriteTraceId":["r5"]}}],
                 "startedAt":"2030-01-01T00:00:00Z","completedAt":"2030-01-01T00:00:01Z"}
                """);

        List<WriteResult> results =
                hubspot.connector()
                        .write(
                                "contacts",
                                WriteOperation.CREATE,
                                List.of(
                                        contact("r1", "a@x.com"),
                                        contact("r2", "b"),
                                        contact("r3", "c@x.com"),
                                        contact("r4", "d@x.com"),
                                        contact("r5", "e@x.com")));

        assertThat(results)
                .extracting(WriteResult::reference)
                .containsExactly("r1", "r2", "r3", "r4", "r5");
        assertThat(results.get(0).id()).isEqualTo("901");
        assertThat(results.get(2).id()).isEqualTo("903");
        assertThat(results.get(1).failure().type()).isEqualTo(ErrorType.PROPERTY_VALUES);
        assertThat(results.get(1).failure().fields()).containsExactly("email");
        assertThat(results.get(3).failure().type()).isEqualTo(ErrorType.PICKLIST_VALUES);
        assertThat(results.get(4).failure().type()).isEqualTo(ErrorType.ASSOCIATIONS);
        assertThat(List.of(results.get(1), results.get(3), results.get(4)))
                .allMatch(r -> r.failure().kind() == FailureKind.RECORD_REJECTED);
    }

    @Test
    void aConflictIsPinnedOnTheInputWithTheExistingContactsEmailAndTheRestIsSentOnce() {
        String conflict =
                "{\"status\":\"error\",\"message\":\"Contact already exists. Existing ID: 12345\",\"correlationId\":\"c\",\"category\":\"CONFLICT\"}";
        hubspot.answer(409, conflict);
        hubspot.answer(
                200,
                "{\"status\":\"COMPLETE\",\"results\":[{\"id\":\"12345\",\"properties\":{\"email\":\"b@x.com\"}}]}");
        hubspot.answer(
                200,
                "{\"status\":\"COMPLETE\",\"results\":[{\"id\":\"7\",\"properties\":{\"email\":\"a@x.com\"},\"new\":true}]}");

        List<WriteResult> results =
                hubspot.connector()
                        .write(
                                "contacts",
                                WriteOperation.UPSERT,
                                List.of(contact("r1", "a@x.com"), contact("r2", "b@x.com")));

        assertThat(results.get(0).succeeded()).isTrue();
        assertThat(results.get(1).failure().type()).isEqualTo(ErrorType.DUPLICATES);
        assertThat(results.get(1).failure().kind()).isEqualTo(FailureKind.RECORD_REJECTED);
        assertThat(hubspot.calls.calls())
                .extracting(ApiCall::status)
                .containsExactly(409, 200, 200);
    }

    @Test
    void theNewerDuplicateEnvelopeNamesTheField() {
        hubspot.answer(
                409,
                "{\"status\":\"error\",\"message\":\"Conflict\",\"category\":\"OBJECT_ALREADY_EXISTS\",\"errors\":[{\"message\":\"A contact with email a@x.com already exists. Existing ID: 12345\",\"in\":\"email\"}]}");

        var failure =
                hubspot.connector()
                        .write("contacts", WriteOperation.CREATE, List.of(contact("r1", "a@x.com")))
                        .getFirst()
                        .failure();

        assertThat(failure.type()).isEqualTo(ErrorType.DUPLICATES);
        assertThat(failure.fields()).containsExactly("email");
    }

    @Test
    void anUnknownPropertyRejectsTheRecordWithItsName() {
        hubspot.answer(
                400,
                "{\"status\":\"error\",\"message\":\"Property values were not valid: [{\\\"isValid\\\":false,\\\"message\\\":\\\"Property \\\\\\\"prop2\\\\\\\" does not exist\\\",\\\"error\\\":\\\"PROPERTY_DOESNT_EXIST\\\",\\\"name\\\":\\\"prop2\\\"}]\",\"category\":\"VALIDATION_ERROR\"}");

        var failure =
                hubspot.connector()
                        .write(
                                "contacts",
                                WriteOperation.UPDATE,
                                List.of(new RecordWrite("r1", "51", null, Map.of("prop2", "x"))))
                        .getFirst()
                        .failure();

        assertThat(failure.kind()).isEqualTo(FailureKind.RECORD_REJECTED);
        assertThat(failure.type()).isEqualTo(ErrorType.PROPERTY_VALUES);
        assertThat(failure.code()).isEqualTo("PROPERTY_DOESNT_EXIST");
        assertThat(failure.fields()).containsExactly("prop2");
    }

    @Test
    void missingScopesAreFatalAndNotRetried() {
        hubspot.answer(
                403,
                "{\"status\":\"error\",\"message\":\"This app hasn't been granted all required scopes to make this call.\",\"errors\":[{\"message\":\"One or more of the following scopes are required.\",\"context\":{\"requiredGranularScopes\":[\"crm.objects.contacts.write\"]}}],\"category\":\"MISSING_SCOPES\"}");

        assertThatThrownBy(
                        () ->
                                hubspot.connector()
                                        .write(
                                                "contacts",
                                                WriteOperation.CREATE,
                                                List.of(contact("r1", "a@x.com"))))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> {
                            assertThat(e.failure().kind()).isEqualTo(FailureKind.FATAL);
                            assertThat(e.failure().type()).isEqualTo(ErrorType.PERMISSIONS);
                        });
        assertThat(hubspot.calls.calls()).hasSize(1);
    }

    @Test
    void theDailyLimitIsFatalAndNotRetried() {
        hubspot.answer(
                429,
                "{\"status\":\"error\",\"message\":\"You have reached your daily limit.\",\"errorType\":\"RATE_LIMIT\",\"policyName\":\"DAILY\",\"category\":\"RATE_LIMITS\"}");

        assertThatThrownBy(() -> hubspot.connector().readByIds("contacts", List.of("1"), List.of()))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.FATAL));
        assertThat(hubspot.calls.calls()).hasSize(1);
    }

    @Test
    void aTenSecondly429AndA503AreRetriedAndTheDailyUsageIsReported() {
        hubspot.answer(
                new MockResponse.Builder()
                        .code(429)
                        .addHeader("Retry-After", "1")
                        .body(
                                "{\"status\":\"error\",\"message\":\"You have reached your ten_secondly_rolling limit.\",\"policyName\":\"TEN_SECONDLY_ROLLING\"}")
                        .build());
        hubspot.answer(503, "{\"status\":\"error\",\"message\":\"Service Unavailable\"}");
        hubspot.answer(
                new MockResponse.Builder()
                        .code(200)
                        .addHeader("X-HubSpot-RateLimit-Daily", "250000")
                        .addHeader("X-HubSpot-RateLimit-Daily-Remaining", "249873")
                        .body(
                                "{\"status\":\"COMPLETE\",\"results\":[{\"id\":\"51\",\"properties\":{}}]}")
                        .build());

        var records = hubspot.connector().readByIds("contacts", List.of("51"), List.of());

        assertThat(records).extracting(CrmRecord::id).containsExactly("51");
        assertThat(hubspot.calls.calls())
                .extracting(ApiCall::status)
                .containsExactly(429, 503, 200);
        ApiCall last = hubspot.calls.calls().getLast();
        assertThat(last.dailyLimit()).isEqualTo(250_000L);
        assertThat(last.dailyUsed()).isEqualTo(127L);
    }

    @Test
    void aPrivateAppTokenRefusedIsAuthExpiredAtOnce() {
        hubspot.answer(
                401,
                "{\"status\":\"error\",\"message\":\"Authentication credentials not found.\",\"category\":\"INVALID_AUTHENTICATION\"}");

        assertThatThrownBy(() -> hubspot.connector().describe("contacts"))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.AUTH_EXPIRED));
        assertThat(hubspot.calls.calls()).hasSize(1);
    }

    @Test
    void upsertResultsMatchByTheIdPropertyAndTellWhatIsNew() throws Exception {
        hubspot.answer(
                200,
                """
                {"status":"COMPLETE","results":[
                  {"id":"2","properties":{"email":"B@x.com"},"new":true},
                  {"id":"1","properties":{"email":"a@x.com"},"new":false}]}
                """);

        var results =
                hubspot.connector()
                        .write(
                                "contacts",
                                WriteOperation.UPSERT,
                                List.of(contact("r1", "a@x.com"), contact("r2", "b@x.com")));

        assertThat(results).extracting(WriteResult::id).containsExactly("1", "2");
        assertThat(results).extracting(WriteResult::created).containsExactly(false, true);
        JsonNode input = MockHubSpot.body(hubspot.request()).path("inputs").get(0);
        assertThat(input.path("idProperty").asString()).isEqualTo("email");
        assertThat(input.path("id").asString()).isEqualTo("a@x.com");
    }

    @Test
    void searchPagesReAnchorAtTheLastTimestampAndSkipOnlyWhatWasSeenThere() throws Exception {
        hubspot.answer(
                200,
                """
                {"total":4,"results":[
                  {"id":"10","properties":{"lastmodifieddate":"2029-12-31T10:00:00.001Z"}},
                  {"id":"11","properties":{"lastmodifieddate":"2029-12-31T10:00:00.002Z"}},
                  {"id":"12","properties":{"lastmodifieddate":"2029-12-31T10:00:00.002Z"}}],
                 "paging":{"next":{"after":"3"}}}
                """);
        hubspot.answer(
                200,
                """
                {"total":2,"results":[
                  {"id":"13","properties":{"lastmodifieddate":"2029-12-31T10:00:00.003Z"}}]}
                """);
        hubspot.answer(
                200,
                """
                {"results":[{"id":"9","properties":{},"archived":true,"archivedAt":"2029-12-31T10:00:00.002Z"}]}
                """);

        var page =
                hubspot.connector()
                        .readChanges(
                                "contacts",
                                new ChangeCursor(Instant.parse("2029-12-31T10:00:00Z"), ""),
                                List.of("email"),
                                100);

        assertThat(page.records())
                .extracting(CrmRecord::id)
                .containsExactly("10", "9", "11", "12", "13");
        assertThat(page.records().get(1).deleted()).isTrue();
        assertThat(page.next())
                .isEqualTo(new ChangeCursor(Instant.parse("2029-12-31T10:00:00.003Z"), "13"));
        assertThat(page.more()).isFalse();
        hubspot.request();
        JsonNode second = MockHubSpot.body(hubspot.request());
        assertThat(second.path("after").asString()).isEqualTo("2");
        assertThat(
                        second.path("filterGroups")
                                .get(0)
                                .path("filters")
                                .get(0)
                                .path("value")
                                .asString())
                .isEqualTo(
                        String.valueOf(Instant.parse("2029-12-31T10:00:00.002Z").toEpochMilli()));
        assertThat(hubspot.request().getUrl().queryParameter("archived")).isEqualTo("true");
    }

    @Test
    void whileItsOwnFreshWritesFillAPageAChangeReadStopsAtTheSafetyLag() throws Exception {
        var connector =
                TestConnectors.factory(
                                hubspot.clock,
                                TestConnectors.FAST.withSafetyLag(java.time.Duration.ofSeconds(10)),
                                io.crmsync.spi.CallBudget.UNLIMITED,
                                call -> {})
                        .connect(TestConnectors.privateApp(hubspot.url()));
        Instant now = hubspot.clock.instant();

        assertThat(readUpTo(connector, 100)).as("nothing written: read up to now").isEqualTo(now);

        hubspot.answer(
                200,
                """
                {"status":"COMPLETE","results":[{"id":"1","properties":{"email":"a@x.com"},"new":true}]}
                """);
        connector.write("contacts", WriteOperation.UPSERT, List.of(contact("r1", "a@x.com")));
        hubspot.request();
        assertThat(readUpTo(connector, 100))
                .as("its one fresh write fits in the page read anyway: read up to now")
                .isEqualTo(now);
        assertThat(readUpTo(connector, 1))
                .as("its fresh writes fill a page: read only what has settled")
                .isEqualTo(now.minusSeconds(10));

        hubspot.clock.advance(java.time.Duration.ofSeconds(11));
        assertThat(readUpTo(connector, 1))
                .as("the write has settled: read up to now again")
                .isEqualTo(now.plusSeconds(11));
    }

    /** Reads the changes once, finding none, and returns the newest time the search asked for. */
    private Instant readUpTo(io.crmsync.spi.CrmConnector connector, int pageSize)
            throws InterruptedException {
        hubspot.answer(200, "{\"total\":0,\"results\":[]}");
        hubspot.answer(200, "{\"results\":[]}");
        connector.readChanges(
                "contacts",
                new ChangeCursor(Instant.parse("2029-12-31T10:00:00Z"), ""),
                List.of("email"),
                pageSize);
        Instant upTo = searchedUpTo(hubspot.request());
        hubspot.request();
        return upTo;
    }

    private static Instant searchedUpTo(mockwebserver3.RecordedRequest search) {
        JsonNode filters = MockHubSpot.body(search).path("filterGroups").get(0).path("filters");
        for (JsonNode filter : filters) {
            if ("LTE".equals(filter.path("operator").asString())) {
                return Instant.ofEpochMilli(Long.parseLong(filter.path("value").asString()));
            }
        }
        throw new AssertionError("no upper bound in " + filters);
    }

    private static RecordWrite contact(String reference, String email) {
        return new RecordWrite(reference, null, "email", Map.of("email", email));
    }
}
