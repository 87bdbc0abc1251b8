package io.crmsync.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.crmsync.settings.CompanySettingsService;
import io.crmsync.sync.settings.SettingsFixture;
import io.crmsync.sync.settings.StoredSyncSettings;
import io.crmsync.testsupport.Browser;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: an Editor opens the Companies tab by its address, turns company sync on and
 * finds it still on after a reload; a click on the Deals tab changes the address and the back
 * button returns; the contacts' mappings address shows the Contact field mappings.
 */
@CrmsyncIntegrationTest
class IntegrationTabsE2EIT {

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired StoredSyncSettings cache;
    @Autowired CompanySettingsService companySettings;

    @BeforeEach
    @AfterEach
    void defaults() {
        accounts.ensureAll();
        SettingsFixture.restoreDefaults(jdbc, cache);
    }

    @Test
    void eachTabHasItsAddressAndTheCompanySwitchIsSaved() {
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage();
            try {
                walk(page, "http://localhost:" + port);
            } catch (AssertionError | RuntimeException e) {
                Browser.screenshot(page, "integration-tabs-failure");
                throw e;
            }
        }
    }

    private void walk(Page page, String base) {
        page.navigate(base + "/");
        Browser.signIn(page, TestAccounts.EDITOR, TestAccounts.PASSWORD);
        page.waitForURL(url -> !url.contains("login"));

        page.navigate(base + "/integration/companies");
        assertThat(tab(page, "Companies", true)).isVisible();
        Locator toggle = page.getByLabel("Sync companies");
        assertThat(toggle).not().isChecked();
        toggle.check();
        Browser.serverUpToDate(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Company settings saved as version")).isVisible();
        Browser.screenshot(page, "integration-01-companies-saved");
        assertThat(TestAccounts.asAdmin(() -> companySettings.current()).settings().syncEnabled())
                .isTrue();

        page.reload();
        assertThat(tab(page, "Companies", true)).isVisible();
        assertThat(page.getByLabel("Sync companies")).isChecked();

        tab(page, "Deals", false).click();
        assertThat(page).hasURL(base + "/integration/deals");
        assertThat(tab(page, "Deals", true)).isVisible();
        assertThat(page.getByLabel("Sync deals")).isEnabled();
        Browser.screenshot(page, "integration-02-deals");

        page.goBack();
        assertThat(page).hasURL(base + "/integration/companies");
        assertThat(tab(page, "Companies", true)).isVisible();

        page.navigate(base + "/integration/contacts/mappings");
        assertThat(tab(page, "Contacts", true)).isVisible();
        Locator mappings =
                page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Contact field mappings"));
        assertThat(mappings).isVisible();
        assertThat(mappings).isInViewport();
        Browser.screenshot(page, "integration-03-contact-mappings");
    }

    private static Locator tab(Page page, String name, boolean selected) {
        Page.GetByRoleOptions options = new Page.GetByRoleOptions().setName(name).setExact(true);
        if (selected) {
            options.setSelected(true);
        }
        return page.getByRole(AriaRole.TAB, options);
    }
}
