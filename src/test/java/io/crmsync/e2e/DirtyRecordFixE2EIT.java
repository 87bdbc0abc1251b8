package io.crmsync.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.SandboxLink;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.sandbox.SandboxRow;
import io.crmsync.settings.ContactSettingsService;
import io.crmsync.sync.ContactSettings.HubSpotStateValues;
import io.crmsync.sync.ContactSettings.SalesforceStatePicklist;
import io.crmsync.sync.engine.RecordSyncDriver;
import io.crmsync.testsupport.Browser;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * In a real browser, against both sandboxes: a HubSpot contact with "Kalifornia" (a typo no
 * converter knows) as its state cannot reach Salesforce, whose state picklist is on. The first
 * admin signs in, finds the error on Sync Health, follows the record's link to the Sandbox page,
 * corrects the state there, resyncs the record from Sync Health and sees the error go. The engine
 * is off in tests: the test runs it where it would run by itself. Screenshots of each step go to
 * target/e2e-screenshots.
 */
@CrmsyncIntegrationTest
class DirtyRecordFixE2EIT {

    private static final Duration PUSH = Duration.ofSeconds(30);

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired TestAccounts accounts;
    @Autowired SandboxRecordService sandbox;
    @Autowired ContactSettingsService settings;

    RecordSyncDriver engine;
    String email;
    String hubSpotId;

    @BeforeEach
    void aHubSpotContactWhoseStateSalesforceRefuses() {
        // grids load lazily over a busy CI machine's round trips; 5 s is too short there
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        accounts.ensureAll();
        accounts.resetFirstAdmin();
        engine = RecordSyncDriver.of(context);
        engine.reset();
        engine.settle();
        jdbc.sql("DELETE FROM sync_error").update();
        jdbc.sql("DELETE FROM sync_work").update();
        statePicklists(true);

        email = "calla-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        hubSpotId =
                TestAccounts.asAdmin(
                        () ->
                                sandbox.save(
                                                ExternalSystem.HUBSPOT,
                                                "contacts",
                                                null,
                                                Map.of(
                                                        "firstname", "Calla",
                                                        "lastname", "Fornia",
                                                        "email", email,
                                                        "state", "Kalifornia",
                                                        "country", "US"))
                                        .id());
        engine.settle();
        assertThat(
                        jdbc.sql("SELECT error_type, code FROM sync_error WHERE record_id = ?")
                                .param(hubSpotId)
                                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2))
                                .list())
                .as("the dirty contact failed to sync")
                .containsExactly("PICKLIST_VALUES/INVALID_STATE");
    }

    @AfterEach
    void restore() {
        statePicklists(false);
        engine.reset();
        accounts.resetFirstAdmin();
    }

    @Test
    void anAdminFixesADirtyRecordInTheSandboxAndResyncsItFromSyncHealth() {
        try (Browser browser = Browser.launch()) {
            String base = "http://localhost:" + port;
            Page page = browser.newPage();
            try {
                fix(page, base);
            } catch (AssertionError | RuntimeException e) {
                Browser.screenshot(page, "fix-failure");
                throw e;
            }
        }
    }

    private void fix(Page page, String base) {
        page.navigate(base + "/");
        Browser.signIn(page, TestAccounts.FIRST_ADMIN, TestAccounts.FIRST_ADMIN_PASSWORD);
        assertThat(page.getByText("Choose a new password")).isVisible();
        Browser.changePassword(
                page, TestAccounts.FIRST_ADMIN_PASSWORD, "the fixer's own passphrase");
        assertThat(
                        page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName("My account")))
                .isVisible();
        Browser.screenshot(page, "fix-01-signed-in");

        openSyncHealth(page, base);
        Locator card = card(page);
        assertThat(card.getByText("1 error", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(
                        card.getByText(
                                "1 impacted record", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        Browser.screenshot(page, "fix-02-sync-health");

        card.click();
        Locator details = page.locator(".health-details");
        assertThat(
                        details.getByRole(
                                AriaRole.HEADING,
                                new Locator.GetByRoleOptions().setName("Picklist values")))
                .isVisible();
        Locator cause = details.locator(".health-group-cause").first();
        assertThat(cause).containsText("INVALID_STATE");
        assertThat(cause).containsText("\"Kalifornia\"");
        Locator recordLink =
                details.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(hubSpotId).setExact(true));
        assertThat(recordLink)
                .hasAttribute(
                        "href",
                        new SandboxLink(ExternalSystem.HUBSPOT, "contacts", hubSpotId).location());
        Browser.screenshot(page, "fix-03-details");

        recordLink.click();
        assertThat(page)
                .hasURL(
                        Pattern.compile(
                                ".*/sandbox\\?side=hubspot&object=contacts&id=" + hubSpotId),
                        new PageAssertions.HasURLOptions().setTimeout(30_000));
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("HubSpot")))
                .hasAttribute("aria-selected", "true");
        assertThat(cell(page.locator("vaadin-tabsheet"), hubSpotId)).isVisible();
        Locator edit =
                page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Edit").setExact(true));
        assertThat(edit).isEnabled();
        Browser.screenshot(page, "fix-04-sandbox-record");

        edit.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("contacts " + hubSpotId);
        Locator state = dialog.getByLabel("state", new Locator.GetByLabelOptions().setExact(true));
        assertThat(state).hasValue("Kalifornia");
        state.click();
        state.fill("California");
        state.press("Tab");
        Browser.serverUpToDate(page);
        Locator save =
                dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"));
        // the server enables Save once it has the changed value
        assertThat(save).isEnabled();
        assertThat(state).hasValue("California");
        Browser.screenshot(page, "fix-05-edit-state");
        save.click();
        assertThat(dialog).isHidden();
        Browser.serverUpToDate(page);
        assertThat(hubSpotRecordWhen(r -> "California".equals(r.fields().get("state"))).fields())
                .containsEntry("state", "California");

        openSyncHealth(page, base);
        card = card(page);
        assertThat(card.getByText("1 error", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        card.click();
        Locator rows = details.locator("vaadin-grid").nth(1);
        assertThat(
                        rows.getByRole(
                                AriaRole.LINK,
                                new Locator.GetByRoleOptions().setName(hubSpotId).setExact(true)))
                .isVisible();
        rows.locator("vaadin-checkbox").last().click();
        Browser.screenshot(page, "fix-06-row-selected");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resync selected"))
                .click();
        assertThat(page.getByText("1 record queued for a resync.")).isVisible();
        assertThat(engine.queued(ExternalSystem.HUBSPOT, "contacts", hubSpotId))
                .as("Resync queued the contact")
                .isTrue();
        Browser.screenshot(page, "fix-07-resync-queued");

        // the engine, off in tests, now does what it would do by itself; the page learns by push
        engine.settle();
        assertThat(card.getByText("0 errors", new Locator.GetByTextOptions().setExact(true)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(PUSH.toMillis()));
        assertThat(
                        card.getByText(
                                "0 impacted records",
                                new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close details"))
                .click();
        assertThat(card.getByText("0 errors", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        Browser.screenshot(page, "fix-08-error-cleared");
        assertThat(
                        TestAccounts.asAdmin(
                                () ->
                                        sandbox.records(
                                                ExternalSystem.SALESFORCE, "Contact", email, 0, 5)))
                .singleElement()
                .satisfies(
                        contact ->
                                assertThat(contact.fields())
                                        .containsEntry("MailingStateCode", "CA")
                                        .containsEntry("MailingCountryCode", "US"));
    }

    private static void openSyncHealth(Page page, String base) {
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Salesforce integration"))
                .click();
        assertThat(page).hasURL(base + "/integration/contacts");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Sync Health")).click();
        assertThat(page).hasURL(base + "/integration/sync-health");
    }

    private static Locator card(Page page) {
        return page.locator(".health-card")
                .filter(new Locator.FilterOptions().setHasText("Picklist values"));
    }

    /** The grid cell that shows exactly this text (Playwright's patterns are JavaScript's). */
    private static Locator cell(Locator grid, String text) {
        String literal = text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
        return grid.locator("vaadin-grid-cell-content")
                .filter(
                        new Locator.FilterOptions()
                                .setHasText(Pattern.compile("^\\s*" + literal + "\\s*$")))
                .first();
    }

    /** The record once it satisfies {@code done}, or as it is after ten seconds. */
    private SandboxRow hubSpotRecordWhen(java.util.function.Predicate<SandboxRow> done) {
        SandboxRow row = hubSpotRecord();
        for (int i = 0; i < 50 && !done.test(row); i++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            row = hubSpotRecord();
        }
        return row;
    }

    private SandboxRow hubSpotRecord() {
        return TestAccounts.asAdmin(
                        () -> sandbox.find(ExternalSystem.HUBSPOT, "contacts", hubSpotId))
                .orElseThrow();
    }

    /** Turns the state and country picklists on, or off again, in Salesforce and in crmsync. */
    private void statePicklists(boolean on) {
        sandboxAdmin(
                "/sandbox/salesforce/_admin/settings",
                "{\"stateCountryMode\":\"" + (on ? "ENABLED" : "DISABLED") + "\"}");
        clock.advance(Duration.ofMinutes(10));
        if (!on) {
            return;
        }
        TestAccounts.asAdmin(
                () -> {
                    var current = settings.current();
                    return settings.save(
                            current.settings()
                                    .withStates(
                                            SalesforceStatePicklist.ENABLED,
                                            HubSpotStateValues.MATCH_SALESFORCE_DEFAULTS),
                            current.version());
                });
    }

    private void sandboxAdmin(String path, String json) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response =
                    http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Content-Type", "application/json")
                                    .header("X-Sandbox-Admin-Key", "sandbox-admin")
                                    .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
