package io.crmsync.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.sandbox.salesforce.schema.StateCountryMode;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;

/** A person edits the sandbox CRMs from the Sandbox page, and the CRMs' own rules apply. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
class SandboxRecordsIT extends SpringBrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired SandboxRecordService records;
    @Autowired Connectors connectors;
    @LocalServerPort int port;

    @Test
    void anEditorCreatesASalesforceContactAndFindsIt() {
        RecordsPanel panel = open(0);
        test(panel.create).click();
        RecordDialog dialog = $(RecordDialog.class).single();
        test(dialog.fields.get("FirstName")).setValue("Grace");
        test(dialog.fields.get("LastName")).setValue("Hopper");
        test(dialog.fields.get("Email")).setValue("grace.hopper@navy.example");
        test(dialog.save).click();

        test(panel.search).setValue("grace.hopper@navy.example");
        assertThat(test(panel.grid).size()).isEqualTo(1);
        assertThat(test(panel.grid).getRow(0).fields()).containsEntry("LastName", "Hopper");
        assertThat(test(panel.grid).getRow(0).lastWriter())
                .isEqualTo("A person, on the Sandbox page");
    }

    @Test
    void salesforceRulesRefuseAContactWithoutALastNameAndTheDialogSaysWhy() {
        RecordsPanel panel = open(0);
        test(panel.create).click();
        RecordDialog dialog = $(RecordDialog.class).single();
        test(dialog.fields.get("FirstName")).setValue("Nameless");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText())
                .contains("Salesforce refused the change")
                .contains("LastName");
    }

    @Test
    void anEditorMovesAHubSpotContactsLifecycleStage() {
        var contact =
                records.save(
                        ExternalSystem.HUBSPOT,
                        "contacts",
                        null,
                        Map.of(
                                "email",
                                "ada.lovelace@engine.example",
                                "firstname",
                                "Ada",
                                "lastname",
                                "Lovelace"));
        RecordsPanel panel = open(1);
        test(panel.search).setValue("ada.lovelace@engine.example");
        panel.grid.select(test(panel.grid).getRow(0));

        var setStage =
                panel.actions
                        .getChildren()
                        .map(com.vaadin.flow.component.button.Button.class::cast)
                        .filter(button -> button.getText().equals("Set lifecycle stage"))
                        .findFirst()
                        .orElseThrow();
        test(setStage).click();
        ValueDialog dialog = $(ValueDialog.class).single();
        test(dialog.value).selectItem("customer");
        test(dialog.ok).click();

        assertThat(test($(Notification.class).last()).getText()).contains("customer");
        assertThat(records.records(ExternalSystem.HUBSPOT, "contacts", contact.id(), 0, 5))
                .anySatisfy(
                        row ->
                                assertThat(row.fields())
                                        .containsEntry("lifecyclestage", "customer"));
    }

    @Test
    void thePageSwitchesSalesforcesStateAndCountryPicklists() {
        open(0);
        SandboxView view = $(SandboxView.class).single();
        try {
            test(view.picklists).selectItem("On, with Salesforce's default values");
            assertThat(records.stateCountryMode()).isEqualTo(StateCountryMode.ENABLED);

            var contact =
                    records.save(
                            ExternalSystem.SALESFORCE,
                            "Contact",
                            null,
                            Map.of("LastName", "Coded", "MailingCountryCode", "US"));
            assertThat(contact.fields()).containsEntry("MailingCountry", "United States");
        } finally {
            records.setStateCountryMode(StateCountryMode.DISABLED);
        }
    }

    @Test
    void deleteAsksFirstAndCancellingKeepsTheRecord() {
        String id =
                records.save(
                                ExternalSystem.SALESFORCE,
                                "Contact",
                                null,
                                Map.of("LastName", "Kept", "Email", "kept@delete.example"))
                        .id();
        RecordsPanel panel = open(0);
        test(panel.search).setValue(id);
        panel.grid.select(test(panel.grid).getRow(0));

        test(panel.delete).click();
        DeleteConfirmDialog dialog = $(DeleteConfirmDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Delete Contact " + id + "?");
        test(dialog.cancel).click();
        assertThat(records.find(ExternalSystem.SALESFORCE, "Contact", id)).isPresent();

        test(panel.delete).click();
        test($(DeleteConfirmDialog.class).last().confirm).click();
        assertThat(records.find(ExternalSystem.SALESFORCE, "Contact", id)).isEmpty();
    }

    @Test
    void eachRowSaysWhetherCrmsyncAnotherApiClientOrAPersonWroteItLast() throws Exception {
        String byCrmsync =
                connectors
                        .salesforce()
                        .write(
                                "Contact",
                                WriteOperation.CREATE,
                                List.of(
                                        new RecordWrite(
                                                "r", null, null, Map.of("LastName", "Api"))))
                        .getFirst()
                        .id();
        String byAnother = createWithAnotherClient();
        String byPerson =
                records.save(ExternalSystem.SALESFORCE, "Contact", null, Map.of("LastName", "P"))
                        .id();
        String inHubSpot =
                connectors
                        .hubSpot()
                        .write(
                                "contacts",
                                WriteOperation.CREATE,
                                List.of(
                                        new RecordWrite(
                                                "r",
                                                null,
                                                null,
                                                Map.of("email", "writer@hubspot.example"))))
                        .getFirst()
                        .id();

        assertThat(writer(ExternalSystem.SALESFORCE, "Contact", byCrmsync)).isEqualTo("crmsync");
        assertThat(writer(ExternalSystem.SALESFORCE, "Contact", byAnother))
                .isEqualTo("An API client");
        assertThat(writer(ExternalSystem.SALESFORCE, "Contact", byPerson))
                .isEqualTo("A person, on the Sandbox page");
        assertThat(writer(ExternalSystem.HUBSPOT, "contacts", inHubSpot))
                .isEqualTo("crmsync's HubSpot app");
        records.save(ExternalSystem.HUBSPOT, "contacts", inHubSpot, Map.of("firstname", "Ed"));
        assertThat(writer(ExternalSystem.HUBSPOT, "contacts", inHubSpot))
                .isEqualTo("A person, on the Sandbox page");
        records.save(ExternalSystem.SALESFORCE, "Contact", byCrmsync, Map.of("Title", "CTO"));
        assertThat(writer(ExternalSystem.SALESFORCE, "Contact", byCrmsync))
                .isEqualTo("A person, on the Sandbox page");
    }

    private String writer(ExternalSystem system, String type, String id) {
        return records.find(system, type, id).orElseThrow().lastWriter();
    }

    /** A contact written through the REST API by a client that does not name itself. */
    private String createWithAnotherClient() throws Exception {
        var http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/sandbox/salesforce";
        var token =
                http.send(
                        HttpRequest.newBuilder(URI.create(base + "/services/oauth2/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "grant_type=client_credentials&client_id="
                                                        + "crmsync-sandbox-client&client_secret="
                                                        + "crmsync-sandbox-secret"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String accessToken = JSON.readTree(token.body()).get("access_token").asString();
        var created =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create(base + "/services/data/v62.0/sobjects/Contact"))
                                .header("Authorization", "Bearer " + accessToken)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"LastName\":\"Other\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    @Test
    void convertingIsOfferedForLeadsOnly() {
        records.save(
                ExternalSystem.SALESFORCE,
                "Lead",
                null,
                Map.of(
                        "LastName",
                        "Turing",
                        "Company",
                        "Bletchley Park",
                        "Email",
                        "alan@bletchley.example"));
        RecordsPanel panel = open(0);
        assertThat(action(panel, "Convert lead").isVisible()).isFalse();
        test(panel.type).selectItem("Lead");
        var convert = action(panel, "Convert lead");
        assertThat(convert.isVisible()).isTrue();
        assertThat(convert.isEnabled()).as("nothing selected yet").isFalse();

        panel.grid.select(test(panel.grid).getRow(0));
        assertThat(convert.isEnabled()).isTrue();
    }

    private static com.vaadin.flow.component.button.Button action(RecordsPanel panel, String text) {
        return panel.actions
                .getChildren()
                .map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(button -> button.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    private RecordsPanel open(int tab) {
        UI.getCurrent().navigate(SandboxRoutes.PATH);
        SandboxView view =
                (SandboxView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        view.tabs.setSelectedIndex(tab);
        ExternalSystem system = ExternalSystem.values()[tab];
        return $(RecordsPanel.class).all().stream()
                .filter(panel -> panel.system() == system)
                .findFirst()
                .orElseThrow();
    }
}
