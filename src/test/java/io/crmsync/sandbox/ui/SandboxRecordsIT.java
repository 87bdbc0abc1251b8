package io.crmsync.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import io.crmsync.base.ExternalSystem;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A person edits the sandbox CRMs from the Sandbox page, and the CRMs' own rules apply. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
class SandboxRecordsIT extends SpringBrowserlessTest {

    @Autowired SandboxRecordService records;

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
        assertThat(test(panel.grid).getRow(0).lastWriter()).isNull();
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
