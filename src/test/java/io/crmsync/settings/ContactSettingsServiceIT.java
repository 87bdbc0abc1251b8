package io.crmsync.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.CrmList;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.ContactSettings.HubSpotTarget;
import io.crmsync.sync.ContactSettings.SalesforceDeleteAction;
import io.crmsync.sync.SettingsVersion;
import io.crmsync.sync.settings.SettingsFixture;
import io.crmsync.sync.settings.StoredSyncSettings;
import io.crmsync.sync.settings.SyncSettings;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The Contacts tab's settings are versioned, audited, guarded, and read by the engine. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
class ContactSettingsServiceIT {

    @Autowired ContactSettingsService service;
    @Autowired SyncSettings engineView;
    @Autowired StoredSyncSettings cache;
    @Autowired JdbcClient jdbc;
    @Autowired ActiveConnections connections;

    @BeforeEach
    @AfterEach
    void defaults() {
        SettingsFixture.restoreDefaults(jdbc, cache);
    }

    @Test
    void theDefaultsAreSeeded() {
        assertThat(service.current().settings()).isEqualTo(ContactSettings.DEFAULTS);
        assertThat(engineView.contactSettings()).isEqualTo(ContactSettings.DEFAULTS);
        assertThat(
                        jdbc.sql("SELECT kind FROM sync_settings_version WHERE version = 1")
                                .query(String.class)
                                .single())
                .isEqualTo("DEFAULTS");
    }

    @Test
    void aSaveBumpsTheVersionKeepsHistoryAndAuditsTheDifference() {
        ContactSettingsSnapshot before = service.current();
        ContactSettings changed =
                before.settings().withSalesforceDeletes(SalesforceDeleteAction.DELETE_CONTACT);

        ContactSettingsSnapshot after = service.save(changed, before.version());

        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(service.current()).isEqualTo(after);
        assertThat(engineView.contactSettings()).isEqualTo(changed);
        assertThat(engineView.version()).isEqualTo(after.version());
        SettingsVersion latest = service.history().getFirst();
        assertThat(latest.version()).isEqualTo(after.version());
        assertThat(latest.kind()).isEqualTo("CONTACT_SETTINGS");
        assertThat(latest.changedBy()).isEqualTo(TestAccounts.EDITOR);
        String snapshot =
                jdbc.sql("SELECT snapshot FROM sync_settings_version WHERE version = ?")
                        .param(after.version())
                        .query(String.class)
                        .single();
        assertThat(snapshot).contains("DELETE_CONTACT").contains("hs_lead_status");
        var audit =
                jdbc.sql(
                                "SELECT actor, before_state, after_state FROM audit_event"
                                        + " WHERE action = 'CONTACT_SETTINGS_CHANGED'"
                                        + " ORDER BY id DESC LIMIT 1")
                        .query(
                                (rs, n) ->
                                        new String[] {
                                            rs.getString(1), rs.getString(2), rs.getString(3)
                                        })
                        .single();
        assertThat(audit[0]).isEqualTo(TestAccounts.EDITOR);
        assertThat(audit[1]).isEqualTo("{\"A Salesforce contact or lead deleted\":\"Do nothing\"}");
        assertThat(audit[2])
                .isEqualTo(
                        "{\"A Salesforce contact or lead deleted\":\"Delete the HubSpot contact\"}");
    }

    @Test
    void aSaveFromAStaleVersionIsRefused() {
        ContactSettingsSnapshot read = service.current();
        service.save(
                read.settings().withSalesforceDeletes(SalesforceDeleteAction.DELETE_CONTACT),
                read.version());

        assertThatThrownBy(() -> service.save(ContactSettings.DEFAULTS, read.version()))
                .isInstanceOf(ContactSettingsRejected.class)
                .hasMessageContaining("Someone else changed the contact settings")
                .extracting(e -> ((ContactSettingsRejected) e).field())
                .isEqualTo(ContactSettingsRejected.Field.VERSION);
    }

    @Test
    void savingUnchangedSettingsWritesNoVersion() {
        ContactSettingsSnapshot read = service.current();
        assertThat(service.save(read.settings(), read.version()).version())
                .isEqualTo(read.version());
        assertThat(service.current().version()).isEqualTo(read.version());
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerReadsButCannotSave() {
        ContactSettingsSnapshot read = service.current();
        assertThatThrownBy(() -> service.save(read.settings(), read.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createInclusionList("x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leadsWithAutomaticCompaniesWarnAboutDuplicates() {
        ContactSettings lead =
                new ContactSettings(
                        ContactSettings.DEFAULTS.salesforceChanges(),
                        HubSpotTarget.LEAD,
                        true,
                        ContactSettings.DEFAULTS.salesforceDeletes(),
                        true,
                        false,
                        null,
                        ContactSettings.DEFAULTS.salesforceStatePicklist(),
                        ContactSettings.DEFAULTS.hubSpotStateValues());

        assertThat(service.warnings(lead)).singleElement().asString().contains("duplicate company");
        assertThat(service.warnings(ContactSettings.DEFAULTS)).isEmpty();
    }

    @Test
    void aCreatedInclusionListIsOfferedAndCanBeSelected() {
        String name = "Sync to Salesforce " + UUID.randomUUID().toString().substring(0, 8);

        CrmList created = service.createInclusionList(name);
        assertThat(created.name()).isEqualTo(name);
        // A new list is manual, not active: it is offered once it is the selected one.
        assertThat(service.inclusionLists()).noneMatch(l -> l.id().equals(created.id()));

        ContactSettingsSnapshot read = service.current();
        service.save(read.settings().withInclusionList(created.id()), read.version());

        assertThat(service.inclusionLists()).anyMatch(l -> l.id().equals(created.id()));
        assertThat(engineView.contactSettings().inclusionListId()).isEqualTo(created.id());
    }

    @Test
    void onlyActiveListsAreOfferedAsTheInclusionList() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String active = createDynamicList("Active " + suffix);
        CrmList manual = service.createInclusionList("Manual " + suffix);

        assertThat(service.inclusionLists())
                .anySatisfy(
                        l -> {
                            assertThat(l.id()).isEqualTo(active);
                            assertThat(l.name()).isEqualTo("Active " + suffix);
                        })
                .allMatch(l -> l.processingType().equals("DYNAMIC"))
                .noneMatch(l -> l.id().equals(manual.id()));
    }

    @Test
    void aNewListNeedsAName() {
        assertThatThrownBy(() -> service.createInclusionList("  "))
                .isInstanceOf(ContactSettingsRejected.class)
                .extracting(e -> ((ContactSettingsRejected) e).field())
                .isEqualTo(ContactSettingsRejected.Field.INCLUSION_LIST_NAME);
    }

    /** Creates a DYNAMIC (active) list in the application's HubSpot sandbox. */
    private String createDynamicList(String name) throws Exception {
        var hubSpot = connections.settings(io.crmsync.base.ExternalSystem.HUBSPOT);
        String body =
                """
                {"name": "%s", "objectTypeId": "0-1", "processingType": "DYNAMIC",
                 "filterBranch": {"filterBranchType": "OR", "filters": [], "filterBranches": [
                   {"filterBranchType": "AND", "filterBranches": [], "filters": [
                     {"filterType": "PROPERTY", "property": "jobtitle", "operation":
                       {"operationType": "STRING", "operator": "IS_EQUAL_TO", "value": "%s"}}]}]}}
                """
                        .formatted(name, name);
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(hubSpot.baseUrl() + "/crm/v3/lists"))
                                        .header("Authorization", "Bearer " + hubSpot.accessToken())
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var matcher =
                java.util.regex.Pattern.compile("\"listId\"\\s*:\\s*\"(\\d+)\"")
                        .matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }
}
