package io.crmsync.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.SandboxLink;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.sandbox.SandboxRow;
import io.crmsync.settings.CompanySettingsService;
import io.crmsync.settings.DealSettingsService;
import io.crmsync.settings.DealStageService;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.DealSettings;
import io.crmsync.sync.StageMapping;
import io.crmsync.sync.engine.RecordSyncDriver;
import io.crmsync.sync.settings.StoredSyncSettings;
import io.crmsync.testsupport.Browser;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, against both sandboxes: an Editor turns company sync on, then deal sync, maps
 * the Renewal record type's Closed Won to the Renewals pipeline's won stage and finds the mapping
 * in the grid. An opportunity made in Salesforce becomes a deal; the deal, moved to closed won on
 * the Sandbox page, closes the opportunity won. Both syncs are turned off again on their tabs. The
 * engine is off in tests: the test runs it where it would run by itself. Screenshots of each step
 * go to target/e2e-screenshots.
 */
@CrmsyncIntegrationTest
class DealSyncE2EIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired StoredSyncSettings cache;
    @Autowired TestAccounts accounts;
    @Autowired SandboxRecordService sandbox;
    @Autowired CompanySettingsService companySettings;
    @Autowired DealSettingsService dealSettings;
    @Autowired DealStageService dealStages;

    RecordSyncDriver engine;
    List<StageMapping> storedStages;

    @BeforeEach
    void companiesAndDealsOff() {
        accounts.ensureAll();
        engine = RecordSyncDriver.of(context);
        engine.reset();
        syncsOff();
        storedStages = TestAccounts.asAdmin(() -> dealStages.mappings());
    }

    @AfterEach
    void syncsOffAndTheStageMappingsAsTheyWere() {
        syncsOff();
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
        engine.reset();
    }

    @Test
    void anEditorTurnsDealSyncOnMapsAStageAndADealWonInHubSpotClosesItsOpportunityWon() {
        try (Browser browser = Browser.launch()) {
            String base = "http://localhost:" + port;
            Page page = browser.newPage(1280, 1000);
            try {
                walk(page, base);
            } catch (AssertionError | RuntimeException e) {
                Browser.screenshot(page, "deals-failure");
                throw e;
            }
        }
    }

    private void walk(Page page, String base) {
        page.navigate(base + "/");
        Browser.signIn(page, TestAccounts.EDITOR, TestAccounts.PASSWORD);
        page.waitForURL(url -> !url.contains("login"));

        page.navigate(base + "/integration/deals");
        assertThat(page.getByLabel("Sync deals")).isDisabled();
        assertThat(page.getByText("Company sync is off, and deal sync needs it")).isVisible();
        Browser.screenshot(page, "deals-01-needs-companies");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Companies tab").setExact(true))
                .click();
        assertThat(page).hasURL(base + "/integration/companies");
        switchAndSave(page, "Sync companies", true, "Company settings saved as version");

        page.navigate(base + "/integration/deals");
        switchAndSave(page, "Sync deals", true, "Deal settings saved as version");
        assertThat(page.getByText("Company sync is off")).isHidden();
        Browser.screenshot(page, "deals-02-deal-sync-on");

        mapRenewalClosedWon(page);

        String opportunity = opportunityLinkedToADeal();
        String deal = dealOf(opportunity);
        moveDealToClosedWon(page, base, deal);

        engine.settle();
        engine.settle();
        assertThat(salesforceOpportunity(opportunity).fields())
                .containsEntry("StageName", "Closed Won")
                .containsEntry("IsWon", "true");
        page.navigate(
                base
                        + "/"
                        + new SandboxLink(ExternalSystem.SALESFORCE, "Opportunity", opportunity)
                                .location());
        assertThat(page.locator("vaadin-grid-cell-content").filter(text(opportunity)).first())
                .isVisible();
        assertThat(
                        page.locator("vaadin-grid-cell-content")
                                .filter(new Locator.FilterOptions().setHasText(name(opportunity)))
                                .first())
                .containsText("Closed Won");
        Browser.screenshot(page, "deals-06-opportunity-won");

        page.navigate(base + "/integration/deals/mappings");
        Locator mappings =
                page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Deal field mappings"));
        assertThat(mappings).isInViewport();
        Browser.screenshot(page, "deals-07-deal-field-mappings");

        page.navigate(base + "/integration/deals");
        switchAndSave(page, "Sync deals", false, "Deal settings saved as version");
        page.navigate(base + "/integration/companies");
        switchAndSave(page, "Sync companies", false, "Company settings saved as version");
        assertThat(TestAccounts.asAdmin(() -> dealSettings.current()).settings().syncEnabled())
                .isFalse();
    }

    private static void switchAndSave(Page page, String label, boolean on, String saved) {
        Locator toggle = page.getByLabel(label);
        assertThat(toggle).isEnabled();
        toggle.setChecked(on);
        Browser.serverUpToDate(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.getByText(saved)).isVisible();
    }

    private void mapRenewalClosedWon(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add stage mapping"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Add a stage mapping");
        choose(page, dialog, "Salesforce record type", "Renewal");
        choose(page, dialog, "Salesforce stage", "Closed Won (closed won)");
        choose(page, dialog, "HubSpot pipeline", "Renewals");
        choose(page, dialog, "HubSpot stage", "Renewed (closed won)");
        Browser.screenshot(page, "deals-03-stage-mapping-dialog");
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(dialog).isHidden();
        assertThat(page.getByText("Stage mapping added.")).isVisible();
        Locator grid = page.locator(".stage-mappings-section vaadin-grid");
        Locator added =
                grid.locator("vaadin-grid-cell-content").filter(text("Renewed (closed won)"));
        assertThat(added).isVisible();
        assertThat(grid.locator("vaadin-grid-cell-content").filter(text("Renewal"))).isVisible();
        added.scrollIntoViewIfNeeded();
        Browser.screenshot(page, "deals-04-stage-mapped");
        assertThat(TestAccounts.asAdmin(() -> dealStages.mappings()))
                .anyMatch(
                        m ->
                                !m.recordTypeId().isEmpty()
                                        && m.salesforceStage().equals("Closed Won")
                                        && m.hubSpotStage().equals("751398121"));
    }

    /** Picks an option of one of the dialog's combo boxes by its caption. */
    private static void choose(Page page, Locator dialog, String field, String option) {
        Locator input = dialog.getByLabel(field, new Locator.GetByLabelOptions().setExact(true));
        input.click();
        input.fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
        assertThat(input).hasValue(option);
        Browser.serverUpToDate(page);
    }

    /** An account and its opportunity made in Salesforce, synced to a company and a deal. */
    private String opportunityLinkedToADeal() {
        String name = "Deal " + UUID.randomUUID().toString().substring(0, 8);
        String opportunity =
                TestAccounts.asAdmin(
                        () -> {
                            String account =
                                    sandbox.save(
                                                    ExternalSystem.SALESFORCE,
                                                    "Account",
                                                    null,
                                                    Map.of("Name", name + " Inc."))
                                            .id();
                            return sandbox.save(
                                            ExternalSystem.SALESFORCE,
                                            "Opportunity",
                                            null,
                                            Map.of(
                                                    "Name",
                                                    name,
                                                    "StageName",
                                                    "Proposal/Price Quote",
                                                    "CloseDate",
                                                    "2027-06-30",
                                                    "AccountId",
                                                    account))
                                    .id();
                        });
        engine.settle();
        engine.settle();
        return opportunity;
    }

    private String name(String opportunity) {
        return salesforceOpportunity(opportunity).fields().get("Name");
    }

    private String dealOf(String opportunity) {
        String name = name(opportunity);
        SandboxRow deal =
                TestAccounts.asAdmin(
                                () -> sandbox.records(ExternalSystem.HUBSPOT, "deals", name, 0, 5))
                        .stream()
                        .filter(
                                d ->
                                        opportunity.equals(
                                                d.fields().get("salesforce_opportunity_id")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no deal for " + opportunity));
        assertThat(deal.fields())
                .containsEntry("dealstage", "contractsent")
                .containsEntry("pipeline", "default");
        return deal.id();
    }

    private void moveDealToClosedWon(Page page, String base, String deal) {
        page.navigate(
                base + "/" + new SandboxLink(ExternalSystem.HUBSPOT, "deals", deal).location());
        assertThat(page)
                .hasURL(Pattern.compile(".*/sandbox\\?side=hubspot&object=deals&id=" + deal));
        Locator move =
                page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Move deal stage").setExact(true));
        assertThat(move).isEnabled();
        move.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator stage = dialog.getByLabel("Stage", new Locator.GetByLabelOptions().setExact(true));
        stage.fill("closedwon");
        stage.press("Enter");
        Browser.serverUpToDate(page);
        Browser.screenshot(page, "deals-05-move-deal-stage");
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Move deal stage").setExact(true))
                .click();
        assertThat(page.getByText("Moved " + deal + " to closedwon.")).isVisible();
        assertThat(
                        TestAccounts.asAdmin(
                                        () -> sandbox.find(ExternalSystem.HUBSPOT, "deals", deal))
                                .orElseThrow()
                                .fields())
                .containsEntry("dealstage", "closedwon");
    }

    private SandboxRow salesforceOpportunity(String id) {
        return TestAccounts.asAdmin(
                        () -> sandbox.find(ExternalSystem.SALESFORCE, "Opportunity", id))
                .orElseThrow();
    }

    private void syncsOff() {
        TestAccounts.asAdmin(
                () -> {
                    dealSettings.save(DealSettings.DEFAULTS, dealSettings.current().version());
                    companySettings.save(
                            CompanySettings.DEFAULTS, companySettings.current().version());
                });
    }

    private static Locator.FilterOptions text(String exact) {
        String literal = exact.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
        return new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + literal + "\\s*$"));
    }
}
