package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.settings.ContactSettingsService;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.sync.ContactSettings;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Drives both sandboxes and the engine for sync scenario tests. */
class SyncFixture {

    final Connectors connectors;
    final SyncJobs jobs;
    final LinkStore links;
    final Suspension suspension;
    final MutableClock clock;
    final JdbcClient jdbc;
    final ContactSettingsService settings;

    SyncFixture(
            Connectors connectors,
            SyncJobs jobs,
            LinkStore links,
            Suspension suspension,
            MutableClock clock,
            JdbcClient jdbc,
            ContactSettingsService settings) {
        this.connectors = connectors;
        this.jobs = jobs;
        this.links = links;
        this.suspension = suspension;
        this.clock = clock;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    static String email(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    CrmConnector salesforce() {
        return connectors.salesforce();
    }

    CrmConnector hubSpot() {
        return connectors.hubSpot();
    }

    String createSalesforce(String type, Map<String, Object> fields) {
        return single(
                salesforce()
                        .write(
                                type,
                                WriteOperation.CREATE,
                                List.of(new RecordWrite("r", null, null, fields))));
    }

    void updateSalesforce(String type, String id, Map<String, Object> fields) {
        single(
                salesforce()
                        .write(
                                type,
                                WriteOperation.UPDATE,
                                List.of(new RecordWrite("r", id, null, fields))));
    }

    void deleteSalesforce(String type, String id) {
        single(
                salesforce()
                        .write(
                                type,
                                WriteOperation.DELETE,
                                List.of(new RecordWrite("r", id, null, Map.of()))));
    }

    String createHubSpot(Map<String, Object> properties) {
        return single(
                hubSpot()
                        .write(
                                "contacts",
                                WriteOperation.CREATE,
                                List.of(new RecordWrite("r", null, null, properties))));
    }

    void updateHubSpot(String id, Map<String, Object> properties) {
        single(
                hubSpot()
                        .write(
                                "contacts",
                                WriteOperation.UPDATE,
                                List.of(new RecordWrite("r", id, null, properties))));
    }

    void deleteHubSpot(String id) {
        single(
                hubSpot()
                        .write(
                                "contacts",
                                WriteOperation.DELETE,
                                List.of(new RecordWrite("r", id, null, Map.of()))));
    }

    Optional<CrmRecord> hubSpotByEmail(String email, String... properties) {
        return hubSpot()
                .readByKey("contacts", "email", List.of(email), List.of(properties))
                .stream()
                .findFirst();
    }

    List<CrmRecord> salesforceByEmail(String type, String email, String... fields) {
        return salesforce().readByKey(type, "Email", List.of(email), List.of(fields));
    }

    CrmRecord salesforceById(String type, String id, String... fields) {
        return salesforce().readByIds(type, List.of(id), List.of(fields)).stream()
                .findFirst()
                .orElse(null);
    }

    CrmRecord hubSpotById(String id, String... properties) {
        return hubSpot().readByIds("contacts", List.of(id), List.of(properties)).stream()
                .findFirst()
                .orElse(null);
    }

    /** Lets time pass beyond the change readers' safety lag, then syncs until settled. */
    int settle() {
        clock.advance(Duration.ofMinutes(1));
        int synced = jobs.settleNow();
        clock.advance(Duration.ofMinutes(1));
        return synced + jobs.settleNow();
    }

    Optional<Link> linkOfSalesforce(String id) {
        return Optional.ofNullable(links.bySalesforceIds(LinkStore.CONTACT, List.of(id)).get(id));
    }

    Optional<Link> linkOfHubSpot(String id) {
        return Optional.ofNullable(links.byHubSpotIds(LinkStore.CONTACT, List.of(id)).get(id));
    }

    List<Map<String, Object>> errorsOf(String recordId) {
        return jdbc.sql("SELECT * FROM sync_error WHERE record_id = ?")
                .param(recordId)
                .query()
                .listOfRows();
    }

    /** Changes the Contacts settings as an admin. */
    void contactSettings(UnaryOperator<ContactSettings> change) {
        TestAccounts.asAdmin(
                () -> {
                    var current = settings.current();
                    settings.save(change.apply(current.settings()), current.version());
                });
    }

    void resetSettings() {
        contactSettings(s -> ContactSettings.DEFAULTS);
    }

    int port;

    /** Calls a sandbox's admin API; returns the body. */
    String sandboxAdmin(String method, String path, String json) {
        try {
            var request =
                    java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/json")
                            .header("X-Sandbox-Admin-Key", "sandbox-admin")
                            .method(
                                    method,
                                    json == null
                                            ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                            : java.net.http.HttpRequest.BodyPublishers.ofString(
                                                    json))
                            .build();
            var response =
                    java.net.http.HttpClient.newHttpClient()
                            .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    tools.jackson.databind.JsonNode json(String body) {
        return new tools.jackson.databind.json.JsonMapper().readTree(body);
    }

    private static String single(List<WriteResult> results) {
        WriteResult result = results.getFirst();
        if (!result.succeeded()) {
            throw new IllegalStateException(
                    result.failure().code() + ": " + result.failure().message());
        }
        return result.id();
    }
}
