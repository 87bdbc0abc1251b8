package io.crmsync.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import io.crmsync.settings.CompanySettingsService;
import io.crmsync.settings.DealMappingService;
import io.crmsync.settings.DealSettingsService;
import io.crmsync.settings.DealStageService;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.DealSettings;
import io.crmsync.sync.DealSettings.SalesforceDeleteAction;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.StageMapping;
import io.crmsync.sync.settings.StoredSyncSettings;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Deals tab against both sandboxes: the Sync deals switch waits for company sync and says so at
 * the switch, the stage mappings in the CRMs' words with the unmapped stages, a mapping refused at
 * the field at fault, added and removed, the Deal field mappings, and Viewers reading only.
 */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
class DealsViewIT extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;
    @Autowired StoredSyncSettings cache;
    @Autowired CompanySettingsService companySettings;
    @Autowired DealSettingsService dealSettings;
    @Autowired DealStageService dealStages;
    @Autowired DealMappingService dealMappings;

    List<StageMapping> storedStages;

    @BeforeEach
    void readTheStageMappings() {
        storedStages = TestAccounts.asAdmin(() -> dealStages.mappings());
    }

    @AfterEach
    void dealsAndCompaniesOffAndTheStageMappingsAsTheyWere() {
        TestAccounts.asAdmin(
                () -> {
                    dealSettings.save(DealSettings.DEFAULTS, dealSettings.current().version());
                    companySettings.save(
                            CompanySettings.DEFAULTS, companySettings.current().version());
                });
        jdbc.sql("DELETE FROM deal_stage_mapping").update();
        for (StageMapping m : storedStages) {
            jdbc.sql(
                            "INSERT INTO deal_stage_mapping (id, record_type_id, salesforce_stage,"
                                    + " hubspot_pipeline, hubspot_stage) VALUES (?, ?, ?, ?, ?)")
                    .params(
                            m.id(),
                            m.recordTypeId(),
                            m.salesforceStage(),
                            m.hubSpotPipeline(),
                            m.hubSpotStage())
                    .update();
        }
        cache.invalidate();
    }

    @Test
    void whileCompanySyncIsOffTheSwitchSaysDealSyncNeedsItAndLinksToIt() {
        DealsView view = navigate(DealsView.class);

        assertThat(view.syncEnabled.getValue()).isFalse();
        assertThat(view.syncEnabled.isEnabled()).isFalse();
        assertThat(view.needsCompanies.isVisible()).isTrue();
        assertThat(view.needsCompanies.getElement().getTextRecursively())
                .contains("deal sync needs it");
        assertThat($(Anchor.class, view.needsCompanies).single().getHref())
                .isEqualTo("integration/companies");
        assertThat(view.salesforceDeletes.getValue()).isEqualTo(SalesforceDeleteAction.DO_NOTHING);
    }

    @Test
    void turningDealSyncOnIsRefusedAtTheSwitchOnceCompanySyncWentOff() {
        companies(true);
        DealsView view = navigate(DealsView.class);
        assertThat(view.needsCompanies.isVisible()).isFalse();
        companies(false);

        test(view.syncEnabled).click();
        test(view.save).click();

        assertThat(view.syncEnabled.isInvalid()).isTrue();
        assertThat(view.syncEnabled.getErrorMessage())
                .isEqualTo(DealSettingsService.NEEDS_COMPANIES);
        assertThat(view.needsCompanies.isVisible()).isTrue();
        assertThat(TestAccounts.asAdmin(() -> dealSettings.current()).settings())
                .isEqualTo(DealSettings.DEFAULTS);
    }

    @Test
    void anEditorTurnsDealSyncOnOnceCompaniesSync() {
        companies(true);
        DealsView view = navigate(DealsView.class);
        assertThat(view.syncEnabled.isEnabled()).isTrue();

        test(view.syncEnabled).click();
        test(view.salesforceDeletes).selectItem("Delete the HubSpot deal");
        test(view.save).click();

        assertThat(view.syncEnabled.isInvalid()).isFalse();
        assertThat(TestAccounts.asAdmin(() -> dealSettings.current()).settings())
                .isEqualTo(new DealSettings(true, SalesforceDeleteAction.DELETE_DEAL));
        assertThat($(Notification.class).all())
                .anySatisfy(
                        n -> assertThat(test(n).getText()).startsWith("Deal settings saved as"));
        assertThat(navigate(DealsView.class).syncEnabled.getValue()).isTrue();
    }

    @Test
    void theStageMappingsListTheDefaultsForEveryRecordTypeInTheCrmsWords() {
        StageMappingsSection stages = navigate(DealsView.class).stages;

        assertThat(TestAccounts.asAdmin(() -> dealStages.mappings()))
                .extracting(
                        StageMapping::recordTypeId,
                        StageMapping::salesforceStage,
                        StageMapping::hubSpotStage)
                .containsExactly(
                        tuple("", "Prospecting", "appointmentscheduled"),
                        tuple("", "Qualification", "qualifiedtobuy"),
                        tuple("", "Needs Analysis", "presentationscheduled"),
                        tuple("", "Value Proposition", "presentationscheduled"),
                        tuple("", "Id. Decision Makers", "decisionmakerboughtin"),
                        tuple("", "Perception Analysis", "decisionmakerboughtin"),
                        tuple("", "Proposal/Price Quote", "contractsent"),
                        tuple("", "Negotiation/Review", "contractsent"),
                        tuple("", "Closed Won", "closedwon"),
                        tuple("", "Closed Lost", "closedlost"));
        assertThat(stages.unreadable.isVisible()).isFalse();
        assertThat(test(stages.grid).size()).isEqualTo(10);
        assertThat(row(stages.grid, 0))
                .containsExactly(
                        "Every record type",
                        "Prospecting (open)",
                        "Sales Pipeline",
                        "Appointment Scheduled (open)");
        assertThat(row(stages.grid, 8))
                .containsExactly(
                        "Every record type",
                        "Closed Won (closed won)",
                        "Sales Pipeline",
                        "Closed Won (closed won)");
        assertThat(row(stages.grid, 9))
                .containsExactly(
                        "Every record type",
                        "Closed Lost (closed lost)",
                        "Sales Pipeline",
                        "Closed Lost (closed lost)");
        assertThat(stages.unmapped.summary.getText()).startsWith("Every Salesforce stage");
        assertThat(stages.unmapped.items.getChildren()).isEmpty();
    }

    @Test
    void aClosedWonStageMappedToAnOpenStageIsRefusedAtTheHubSpotStageAndAWonOneIsAddedAndRemoved() {
        StageMappingsSection stages = navigate(DealsView.class).stages;

        test(stages.add).click();
        StageMappingDialog dialog = $(StageMappingDialog.class).single();
        assertThat(dialog.recordType.getValue().label()).isEqualTo("Every record type");
        test(dialog.recordType).selectItem("Renewal");
        assertThat(test(dialog.salesforceStage).getSuggestions())
                .containsExactly(
                        "Needs Analysis (open)",
                        "Perception Analysis (open)",
                        "Proposal/Price Quote (open)",
                        "Negotiation/Review (open)",
                        "Closed Won (closed won)",
                        "Closed Lost (closed lost)");
        test(dialog.salesforceStage).selectItem("Closed Won (closed won)");
        test(dialog.pipeline).selectItem("Renewals");
        test(dialog.hubSpotStage).selectItem("Renewal Negotiation (open)");
        test(dialog.save).click();

        assertThat(dialog.hubSpotStage.isInvalid()).isTrue();
        assertThat(dialog.hubSpotStage.getErrorMessage())
                .isEqualTo(
                        "Closed Won is closed won in Salesforce, and Renewal Negotiation is open"
                                + " in HubSpot: a stage maps to a stage of the same outcome.");
        assertThat(dialog.salesforceStage.isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(test(stages.grid).size()).isEqualTo(10);

        test(dialog.hubSpotStage).selectItem("Renewed (closed won)");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(stages.grid).size()).isEqualTo(11);
        assertThat(row(stages.grid, 10))
                .containsExactly(
                        "Renewal", "Closed Won (closed won)", "Renewals", "Renewed (closed won)");
        StageMapping added = test(stages.grid).getRow(10);
        assertThat(added.hubSpotPipeline()).isEqualTo("751398117");

        test(button(stages.grid, 10, "Remove")).click();

        assertThat(test(stages.grid).size()).isEqualTo(10);
        assertThat(TestAccounts.asAdmin(() -> dealStages.mappings()))
                .noneMatch(m -> m.id() == added.id());
    }

    @Test
    void anUnmappedStageIsListedAndItsAddMappingActionStartsFromIt() {
        StageMapping perception =
                storedStages.stream()
                        .filter(m -> m.salesforceStage().equals("Perception Analysis"))
                        .findFirst()
                        .orElseThrow();
        TestAccounts.asAdmin(() -> dealStages.remove(perception.id()));
        StageMappingsSection stages = navigate(DealsView.class).stages;

        assertThat(stages.unmapped.summary.getText()).contains("fails to sync");
        assertThat(stages.unmapped.items.getElement().getTextRecursively())
                .contains("Every record type: Perception Analysis (open)")
                .contains("Renewal: Perception Analysis (open)")
                .doesNotContain("New Business");

        List<Button> actions = $(Button.class, stages.unmapped.items).all();
        assertThat(actions).hasSize(2);
        test(actions.get(1)).click();
        StageMappingDialog dialog = $(StageMappingDialog.class).single();
        assertThat(dialog.recordType.getValue().label()).isEqualTo("Renewal");
        assertThat(dialog.salesforceStage.getValue().id()).isEqualTo("Perception Analysis");
        test(dialog.pipeline).selectItem("Sales Pipeline");
        test(dialog.hubSpotStage).selectItem("Decision Maker Bought-In (open)");
        test(dialog.save).click();

        assertThat(stages.unmapped.items.getElement().getTextRecursively())
                .contains("Every record type: Perception Analysis (open)")
                .doesNotContain("Renewal:");
    }

    @Test
    void theDealFieldMappingsSayTheStageGoesThroughTheStageMapping() {
        MappingsSection mappings = navigate(DealsView.class).mappings;

        assertThat(mappings.title.getText()).isEqualTo("Deal field mappings");
        assertThat(TestAccounts.asAdmin(() -> dealMappings.mappings()))
                .extracting(FieldMapping::hubSpotProperty, FieldMapping::salesforceField)
                .contains(
                        tuple("dealname", "Name"),
                        tuple("amount", "Amount"),
                        tuple("closedate", "CloseDate"),
                        tuple("dealstage", "StageName"),
                        tuple("dealtype", "Type"),
                        tuple("description", "Description"),
                        tuple("hubspot_owner_id", "OwnerId"));
        int stageRow = rowOf(mappings.grid, "dealstage");
        assertThat(test(mappings.grid).getCellText(stageRow, 4)).isEqualTo("Stage mapping");

        MappingDialog stage = mappings.open(test(mappings.grid).getRow(stageRow));
        assertThat(stage.stageValues.isVisible()).isTrue();
        assertThat(stage.translations.isVisible()).isFalse();
        stage.close();

        MappingDialog type =
                mappings.open(test(mappings.grid).getRow(rowOf(mappings.grid, "dealtype")));
        assertThat(type.stageValues.isVisible()).isFalse();
        assertThat(type.translations.isVisible()).isTrue();
        assertThat(type.translations.rows).hasSize(4);
    }

    @Test
    void theMappingsAddressOpensTheDealsTab() {
        com.vaadin.flow.component.UI.getCurrent().navigate("integration/deals/mappings");

        assertThat($(DealsView.class).single().mappings.title.getText())
                .isEqualTo("Deal field mappings");
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerReadsTheDealsTabButChangesNothing() {
        companies(true);
        DealsView view = navigate(DealsView.class);

        assertThat(view.syncEnabled.isReadOnly()).isTrue();
        assertThat(view.salesforceDeletes.isReadOnly()).isTrue();
        assertThat(view.save.isEnabled()).isFalse();
        assertThat(view.stages.add.isEnabled()).isFalse();
        assertThat(button(view.stages.grid, 0, "Remove").isEnabled()).isFalse();
        assertThat(view.mappings.add.isEnabled()).isFalse();
        StageMappingDialog dialog = view.stages.open(test(view.stages.grid).getRow(0));
        assertThat(dialog.recordType.isReadOnly()).isTrue();
        assertThat(dialog.hubSpotStage.isReadOnly()).isTrue();
        assertThat(dialog.save.isEnabled()).isFalse();
    }

    private void companies(boolean on) {
        TestAccounts.asAdmin(
                () ->
                        companySettings.save(
                                CompanySettings.DEFAULTS.withSyncEnabled(on),
                                companySettings.current().version()));
    }

    private List<String> row(Grid<StageMapping> grid, int row) {
        return List.of(0, 1, 2, 3).stream().map(c -> test(grid).getCellText(row, c)).toList();
    }

    private Button button(Grid<StageMapping> grid, int row, String text) {
        Component actions = test(grid).getCellComponent(row, 4);
        return $(Button.class, actions).all().stream()
                .filter(b -> b.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    private int rowOf(Grid<FieldMapping> grid, String hubSpotProperty) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).hubSpotProperty().equals(hubSpotProperty)) {
                return i;
            }
        }
        throw new AssertionError(hubSpotProperty + " is not in the grid");
    }
}
