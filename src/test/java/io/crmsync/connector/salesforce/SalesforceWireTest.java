package io.crmsync.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the connector sends and how it reacts, against a scripted org. */
class SalesforceWireTest {

    private static final String SESSION_EXPIRED =
            "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";

    private final MockSalesforce org = new MockSalesforce();

    SalesforceWireTest() throws java.io.IOException {}

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void queriesAndWritesCarryTheTokenTheirOptionsAndReportDailyUsage() throws Exception {
        var connector = org.connector();
        org.token();
        org.json(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}");
        org.json(200, "[{\"id\":\"003A\",\"success\":true,\"errors\":[]}]");

        connector.readByIds("Contact", List.of("003A"), List.of("LastName"));
        connector.write(
                "Contact",
                WriteOperation.UPDATE,
                List.of(new RecordWrite("a", "003A", null, Map.of("LastName", "X"))));

        RecordedRequest token = org.server.takeRequest();
        assertThat(token.getBody().utf8()).contains("grant_type=client_credentials");
        RecordedRequest query = org.server.takeRequest();
        assertThat(query.getHeaders().get("Authorization")).isEqualTo("Bearer 00Dxx!token");
        assertThat(query.getHeaders().get("Sforce-Query-Options")).isEqualTo("batchSize=2000");
        assertThat(query.getHeaders().get("Sforce-Call-Options")).isNull();
        assertThat(query.getUrl().encodedPath()).isEqualTo("/services/data/v62.0/query");
        RecordedRequest write = org.server.takeRequest();
        assertThat(write.getHeaders().get("Sforce-Call-Options")).isEqualTo("client=crmsync");
        assertThat(write.getBody().utf8()).contains("\"allOrNone\":false", "\"id\":\"003A\"");
        assertThat(org.calls.get(1).dailyUsed()).isEqualTo(51);
        assertThat(org.calls.get(1).dailyLimit()).isEqualTo(100_000);
        assertThat(org.calls)
                .extracting(c -> c.operation())
                .containsExactly("token", "query", "collection-update");
    }

    @Test
    void aSessionStillRefusedAfterOneRefreshIsAuthExpired() {
        var connector = org.connector();
        org.token();
        org.json(401, SESSION_EXPIRED);
        org.token();
        org.json(401, SESSION_EXPIRED);

        assertThatThrownBy(() -> connector.readByIds("Contact", List.of("003A"), List.of("Email")))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.AUTH_EXPIRED));
        assertThat(org.calls)
                .extracting(c -> c.operation())
                .containsExactly("token", "query", "token", "query");
    }

    @Test
    void theRefreshTokenFlowSendsTheRefreshTokenAndARevokedOneIsFatal() throws Exception {
        var connector =
                org.connector(
                        AuthFlow.SALESFORCE_AUTHORIZATION_CODE, Clock.systemUTC(), Duration.ZERO);
        org.json(
                400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}");

        assertThatThrownBy(connector::identity)
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> {
                            assertThat(e.failure().kind()).isEqualTo(FailureKind.FATAL);
                            assertThat(e.failure().type()).isEqualTo(ErrorType.CONNECTION);
                            assertThat(e.failure().code()).isEqualTo("invalid_grant");
                        });
        assertThat(org.server.takeRequest().getBody().utf8())
                .contains("grant_type=refresh_token", "refresh_token=refresh-token");
    }

    @Test
    void identityComesFromTheTokenResponseAlone() {
        var connector = org.connector();
        org.token();

        var identity = connector.identity();

        assertThat(identity.accountId()).isEqualTo("00Dxx0000001gPLEAY");
        assertThat(identity.userId()).isEqualTo("005xx000001SwiUAAS");
        assertThat(identity.baseUrl()).isEqualTo(org.url());
        assertThat(identity.apiVersion()).isEqualTo("v62.0");
        assertThat(org.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void changesFollowNextRecordsUrlAndCarryDeletes() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
        var connector =
                org.connector(AuthFlow.SALESFORCE_CLIENT_CREDENTIALS, clock, Duration.ofMinutes(1));
        org.token();
        org.json(
                200,
                "{\"totalSize\":2,\"done\":false,\"nextRecordsUrl\":\"/services/data/v62.0/query/01gX-1\","
                        + "\"records\":["
                        + row("003A", "2024-05-01T10:00:00.000+0000", false)
                        + "]}");
        org.json(
                200,
                "{\"totalSize\":2,\"done\":true,\"records\":["
                        + row("003B", "2024-05-01T11:00:00.000+0000", true)
                        + "]}");

        var page =
                connector.readChanges(
                        "Contact",
                        new ChangeCursor(Instant.parse("2024-05-01T09:00:00.5Z"), "003Z"),
                        List.of("LastName"),
                        1000);

        org.server.takeRequest();
        String soql = org.server.takeRequest().getUrl().queryParameter("q");
        assertThat(soql)
                .contains("FROM Contact WHERE (SystemModstamp > 2024-05-01T09:00:00.500Z")
                .contains("(SystemModstamp = 2024-05-01T09:00:00.500Z AND Id > '003Z')")
                .doesNotContain("SystemModstamp <=")
                .endsWith("ORDER BY SystemModstamp, Id LIMIT 1000");
        assertThat(org.server.takeRequest().getUrl().encodedPath())
                .isEqualTo("/services/data/v62.0/query/01gX-1");
        assertThat(page.records()).extracting(r -> r.id()).containsExactly("003A", "003B");
        assertThat(page.records().get(1).deleted()).isTrue();
        assertThat(page.records().get(0).lastWriter()).isEqualTo("005U");
        assertThat(page.next())
                .isEqualTo(new ChangeCursor(Instant.parse("2024-05-01T11:00:00Z"), "003B"));
        assertThat(page.more()).isFalse();
    }

    @Test
    void changesWithinTheSafetyLagAreReturnedButTheCursorStaysBeforeThem() {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
        var connector =
                org.connector(AuthFlow.SALESFORCE_CLIENT_CREDENTIALS, clock, Duration.ofMinutes(1));
        org.token();
        org.json(
                200,
                "{\"totalSize\":2,\"done\":true,\"records\":["
                        + row("003A", "2024-05-01T11:58:30.000+0000", false)
                        + ","
                        + row("003B", "2024-05-01T11:59:30.000+0000", false)
                        + "]}");
        var cursor = new ChangeCursor(Instant.parse("2024-05-01T11:58:00Z"), "003Z");

        var page = connector.readChanges("Contact", cursor, List.of("LastName"), 2);

        assertThat(page.records()).extracting(r -> r.id()).containsExactly("003A", "003B");
        assertThat(page.next())
                .as("the cursor passes only what is older than the lag")
                .isEqualTo(new ChangeCursor(Instant.parse("2024-05-01T11:58:30Z"), "003A"));
        assertThat(page.more())
                .as("a full page that reached fresh changes ends the read")
                .isFalse();
    }

    @Test
    void whileItsOwnFreshWritesFillAPageAChangeQueryStopsAtTheSafetyLag() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
        var connector =
                org.connector(AuthFlow.SALESFORCE_CLIENT_CREDENTIALS, clock, Duration.ofMinutes(1));
        org.token();
        org.json(200, "[{\"id\":\"003A\",\"success\":true,\"errors\":[]}]");
        org.json(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}");
        org.json(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}");

        connector.write(
                "Contact",
                io.crmsync.spi.WriteOperation.CREATE,
                List.of(new io.crmsync.spi.RecordWrite("r1", null, null, Map.of("LastName", "A"))));
        var cursor = new ChangeCursor(Instant.parse("2024-05-01T11:00:00Z"), "003Z");
        connector.readChanges("Contact", cursor, List.of("LastName"), 1);
        connector.readChanges("Lead", cursor, List.of("LastName"), 1);

        org.server.takeRequest();
        org.server.takeRequest();
        assertThat(org.server.takeRequest().getUrl().queryParameter("q"))
                .as("the node's own fresh writes fill a page: only what has settled is read")
                .contains(") AND SystemModstamp <= 2024-05-01T11:59:00Z ORDER BY");
        assertThat(org.server.takeRequest().getUrl().queryParameter("q"))
                .as("another type it did not write is read up to now")
                .doesNotContain("SystemModstamp <=");
    }

    @Test
    void retryAfterIsHonouredBeforeTheNextAttempt() {
        var connector = org.connector();
        org.token();
        org.server.enqueue(
                new mockwebserver3.MockResponse.Builder()
                        .code(503)
                        .setHeader("Retry-After", "1")
                        .body("")
                        .build());
        org.json(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}");

        connector.readByIds("Contact", List.of("003A"), List.of("Email"));

        Duration gap = Duration.between(org.calls.get(1).at(), org.calls.get(2).at());
        assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(org.calls).extracting(c -> c.status()).containsExactly(200, 503, 200);
    }

    @Test
    void anInvalidFieldAnswerDropsTheCachedDescribe() {
        var connector = org.connector();
        String describe = "{\"name\":\"Contact\",\"label\":\"Contact\",\"fields\":[]}";
        org.token();
        org.json(200, describe);
        org.json(
                400,
                "[{\"message\":\"No such column 'Gone__c'\",\"errorCode\":\"INVALID_FIELD\"}]");
        org.json(200, describe);

        connector.describe("Contact");
        connector.describe("Contact");
        assertThatThrownBy(
                        () -> connector.readByIds("Contact", List.of("003A"), List.of("Gone__c")))
                .isInstanceOf(ConnectorException.class);
        connector.describe("Contact");

        assertThat(org.calls)
                .extracting(c -> c.operation())
                .containsExactly("token", "describe", "query", "describe");
    }

    private static String row(String id, String modstamp, boolean deleted) {
        return "{\"attributes\":{\"type\":\"Contact\"},\"Id\":\""
                + id
                + "\",\"LastName\":\"L\","
                + "\"SystemModstamp\":\""
                + modstamp
                + "\",\"LastModifiedById\":\"005U\","
                + "\"IsDeleted\":"
                + deleted
                + "}";
    }
}
