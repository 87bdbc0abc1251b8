package io.crmsync.connection;

import static io.crmsync.base.ExternalSystem.HUBSPOT;
import static io.crmsync.base.ExternalSystem.SALESFORCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.connection.ConnectionChangeRejected.Field;
import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.CrmConnector;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.SandboxConnections;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Real-account settings are validated, encrypted at rest, audited without secrets, and guarded. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
@ExtendWith(OutputCaptureExtension.class)
class ConnectionServiceIT {

    static final String SECRET = "Zq7-consumer-secret-7731-visible";
    static final String TOKEN = "pat-na1-token-5521-visible";

    @Autowired ConnectionService connections;
    @Autowired ActiveConnections active;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired Connectors connectors;

    @BeforeEach
    @AfterEach
    void sandboxesOnly() {
        SandboxConnections.restore(jdbc, events);
    }

    @Test
    void aSecretIsEncryptedAtRestAndDecryptedForTheConnector() {
        connections.save(salesforce("https://acme.my.salesforce.com", SECRET), false);

        String stored =
                jdbc.sql("SELECT client_secret_enc FROM crm_connection WHERE system_name = ?")
                        .param(SALESFORCE.name())
                        .query(String.class)
                        .single();
        assertThat(stored).isNotBlank().doesNotContain(SECRET).doesNotContain("visible");
        var settings = active.settings(SALESFORCE);
        assertThat(settings.sandbox()).isFalse();
        assertThat(settings.clientSecret()).isEqualTo(SECRET);
        assertThat(settings.baseUrl()).isEqualTo("https://acme.my.salesforce.com");
    }

    @Test
    void theConnectorAfterASaveUsesTheSavedSettingsAndIsKeptUntilTheNextChange() {
        CrmConnector sandbox = connectors.salesforce();
        assertThat(connectors.salesforce()).isSameAs(sandbox);

        connections.save(salesforce("https://acme.my.salesforce.com", SECRET), false);

        CrmConnector real = connectors.salesforce();
        assertThat(real).isNotSameAs(sandbox);
        assertThat(connectors.salesforce()).isSameAs(real);

        SandboxConnections.restore(jdbc, events);

        assertThat(connectors.salesforce()).isNotSameAs(real);
        assertThat(connectors.salesforce().identity().accountId())
                .as("the sandbox answers, where the saved account could not")
                .isNotBlank();
    }

    @Test
    void anEmptySecretFieldKeepsTheSavedSecretAndTheSummaryOnlySaysItIsSet() {
        connections.save(salesforce("https://acme.my.salesforce.com/", SECRET), false);
        ConnectionSummary summary =
                connections.save(salesforce("https://acme.my.salesforce.com", ""), false);

        assertThat(summary.clientSecretSet()).isTrue();
        assertThat(summary.baseUrl()).isEqualTo("https://acme.my.salesforce.com");
        assertThat(summary.toString()).doesNotContain(SECRET);
        assertThat(active.settings(SALESFORCE).clientSecret()).isEqualTo(SECRET);
    }

    @Test
    void withoutASavedRealAccountEachSideUsesItsSandbox() {
        var salesforce = active.settings(SALESFORCE);
        var hubspot = active.settings(HUBSPOT);

        assertThat(salesforce.sandbox()).isTrue();
        assertThat(salesforce.baseUrl()).matches("http://localhost:\\d+/sandbox/salesforce");
        assertThat(salesforce.clientId()).isEqualTo("crmsync-sandbox-client");
        assertThat(hubspot.flow()).isEqualTo(AuthFlow.HUBSPOT_PRIVATE_APP);
        assertThat(hubspot.accessToken()).isEqualTo("pat-na1-sandbox-token");
        assertThat(hubspot.baseUrl()).endsWith("/sandbox/hubspot");
    }

    @Test
    void switchingBackToTheSandboxKeepsTheRealSettingsForLater() {
        connections.save(salesforce("https://acme.my.salesforce.com", SECRET), false);
        connections.save(
                new ConnectionForm(
                        SALESFORCE, ConnectionMode.SANDBOX, null, null, null, null, null, null),
                false);

        assertThat(active.settings(SALESFORCE).sandbox()).isTrue();
        assertThat(connections.summary(SALESFORCE).baseUrl())
                .isEqualTo("https://acme.my.salesforce.com");
    }

    @Test
    void validationMessagesNameTheField() {
        assertRejected(salesforce("ftp://acme.example.com", SECRET), Field.BASE_URL, "https://");
        assertRejected(salesforce("not a url", SECRET), Field.BASE_URL, "http://");
        assertRejected(
                new ConnectionForm(
                        SALESFORCE,
                        ConnectionMode.REAL,
                        AuthFlow.SALESFORCE_CLIENT_CREDENTIALS,
                        "https://login.salesforce.com",
                        " ",
                        SECRET,
                        null,
                        null),
                Field.CLIENT_ID,
                "consumer key");
        assertRejected(salesforce("https://login.salesforce.com", null), Field.CLIENT_SECRET, "");
        assertRejected(
                new ConnectionForm(
                        HUBSPOT,
                        ConnectionMode.REAL,
                        AuthFlow.HUBSPOT_PRIVATE_APP,
                        "https://api.hubapi.com",
                        null,
                        null,
                        null,
                        ""),
                Field.ACCESS_TOKEN,
                "access token");
        assertRejected(
                new ConnectionForm(
                        HUBSPOT,
                        ConnectionMode.REAL,
                        AuthFlow.SALESFORCE_CLIENT_CREDENTIALS,
                        "https://api.hubapi.com",
                        null,
                        null,
                        null,
                        TOKEN),
                Field.FLOW,
                "HubSpot");
    }

    @Test
    void savingSettingsForAnotherAccountThanTheLinkedOneNeedsConfirmation() {
        connections.save(salesforce("https://acme.my.salesforce.com", SECRET), false);
        jdbc.sql("UPDATE crm_connection SET linked_account_id = '00DLINKED000001'").update();

        var elsewhere = salesforce("https://other-org.example.invalid", "");
        assertThatThrownBy(() -> connections.save(elsewhere, false))
                .isInstanceOfSatisfying(
                        ConnectionChangeRejected.class,
                        e -> assertThat(e.field()).isEqualTo(Field.ACCOUNT_SWITCH))
                .hasMessageContaining("00DLINKED000001")
                .hasMessageContaining("Confirm the switch");
        assertThat(connections.summary(SALESFORCE).baseUrl())
                .isEqualTo("https://acme.my.salesforce.com");

        ConnectionSummary switched = connections.save(elsewhere, true);
        assertThat(switched.baseUrl()).isEqualTo("https://other-org.example.invalid");
        assertThat(switched.linkedAccountId()).isNull();
        assertThat(lastAudit()).contains("\"accountSwitchConfirmed\":\"yes\"");
    }

    @Test
    void resavingTheSameTargetNeedsNoConfirmation() {
        connections.save(salesforce("https://acme.my.salesforce.com", SECRET), false);
        jdbc.sql("UPDATE crm_connection SET linked_account_id = '00DLINKED000001'").update();

        ConnectionSummary again =
                connections.save(salesforce("https://acme.my.salesforce.com", ""), false);

        assertThat(again.linkedAccountId()).isEqualTo("00DLINKED000001");
    }

    @Test
    void everyChangeIsAuditedWithoutSecrets() {
        connections.save(salesforce("https://acme.my.salesforce.com", SECRET), false);
        String first = lastAudit();
        connections.save(salesforce("https://acme.my.salesforce.com", ""), false);
        String second = lastAudit();

        assertThat(first)
                .contains("\"clientSecretChanged\":\"yes\"")
                .contains("acme.my.salesforce.com")
                .doesNotContain(SECRET);
        assertThat(second).contains("\"clientSecretChanged\":\"no\"").doesNotContain(SECRET);
        String stored =
                jdbc.sql("SELECT client_secret_enc FROM crm_connection")
                        .query(String.class)
                        .single();
        assertThat(second).doesNotContain(stored);
    }

    @Test
    void secretsNeverReachTheLog(CapturedOutput output) {
        connections.save(salesforce("https://acme.example.invalid", SECRET), false);
        connections.test(salesforce("https://acme.example.invalid", SECRET));
        connections.testSaved(SALESFORCE);
        connections.save(
                new ConnectionForm(
                        HUBSPOT,
                        ConnectionMode.REAL,
                        AuthFlow.HUBSPOT_PRIVATE_APP,
                        "https://api.example.invalid",
                        null,
                        SECRET,
                        null,
                        TOKEN),
                false);
        connections.testSaved(HUBSPOT);

        assertThat(output.getAll())
                .contains("Saved the Salesforce connection")
                .contains("Tested the HubSpot connection")
                .doesNotContain(SECRET)
                .doesNotContain(TOKEN);
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerReadsTheSummaryButCannotSaveOrTest() {
        assertThat(connections.summaries()).hasSize(2);
        assertThatThrownBy(
                        () ->
                                connections.save(
                                        salesforce("https://acme.my.salesforce.com", SECRET),
                                        false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> connections.testSaved(SALESFORCE))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRejected(ConnectionForm form, Field field, String text) {
        assertThatThrownBy(() -> connections.save(form, false))
                .isInstanceOfSatisfying(
                        ConnectionChangeRejected.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(text);
    }

    private String lastAudit() {
        return jdbc.sql(
                        "SELECT CONCAT(COALESCE(before_state, ''), ' -> ', after_state)"
                                + " FROM audit_event WHERE action = 'CONNECTION_CHANGED'"
                                + " ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single();
    }

    static ConnectionForm salesforce(String url, String secret) {
        return new ConnectionForm(
                SALESFORCE,
                ConnectionMode.REAL,
                AuthFlow.SALESFORCE_CLIENT_CREDENTIALS,
                url,
                "3MVG9-consumer-key",
                secret,
                null,
                null);
    }
}
