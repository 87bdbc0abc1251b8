package io.crmsync.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.crmsync.testsupport.Browser;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the first admin signs in, is made to change the password, creates a Viewer and
 * signs out; the Viewer signs in, and the Users page refuses them even when they type its address.
 * Screenshots of each step go to target/e2e-screenshots.
 */
@CrmsyncIntegrationTest
class AdminCreatesViewerE2EIT {

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;

    /** Other browser tests sign in as the first admin too, and change its password. */
    @BeforeEach
    void aFirstAdminWhoHasNotSignedInYet() {
        accounts.resetFirstAdmin();
    }

    @Test
    void anAdminCreatesAViewerWhoIsRefusedTheUsersPage() {
        try (Browser browser = Browser.launch()) {
            String base = "http://localhost:" + port;
            Page admin = browser.newPage();
            admin.navigate(base + "/");
            assertThat(admin).hasURL(base + "/login");
            Browser.screenshot(admin, "01-login");

            Browser.signIn(admin, "admin", "not the password");
            assertThat(admin.getByText("Sign-in failed")).isVisible();
            Browser.screenshot(admin, "02-sign-in-failed");

            Browser.signIn(admin, "admin", TestAccounts.FIRST_ADMIN_PASSWORD);
            try {
                assertThat(admin.getByText("Choose a new password")).isVisible();
            } catch (AssertionError e) {
                Browser.screenshot(admin, "failure");
                throw e;
            }
            Browser.changePassword(
                    admin, TestAccounts.FIRST_ADMIN_PASSWORD, "the admin's own passphrase");
            assertThat(
                            admin.getByRole(
                                    AriaRole.HEADING,
                                    new Page.GetByRoleOptions().setName("My account")))
                    .isVisible();

            admin.locator("vaadin-side-nav-item")
                    .filter(
                            new com.microsoft.playwright.Locator.FilterOptions()
                                    .setHasText("Users"))
                    .click();
            assertThat(admin).hasURL(base + "/users");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New user"))
                    .click();
            admin.getByLabel("Username", new Page.GetByLabelOptions().setExact(true))
                    .fill("e2e.viewer");
            admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
                    .fill("End To End Viewer");
            String initialPassword = admin.getByLabel("Initial password").inputValue();
            Browser.screenshot(admin, "03-new-user");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user"))
                    .click();
            assertThat(admin.getByText("User e2e.viewer created.")).isVisible();
            assertThat(
                            admin.locator("vaadin-grid-cell-content")
                                    .filter(
                                            new com.microsoft.playwright.Locator.FilterOptions()
                                                    .setHasText("End To End Viewer")))
                    .isVisible();
            Browser.screenshot(admin, "04-users");

            admin.locator("vaadin-menu-bar-button").first().click();
            admin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Log out"))
                    .click();
            assertThat(admin).hasURL(base + "/login");

            Page viewer = browser.newPage();
            viewer.navigate(base + "/login");
            Browser.signIn(viewer, "e2e.viewer", initialPassword);
            Browser.changePassword(viewer, initialPassword, "the viewer's own passphrase");
            assertThat(
                            viewer.getByRole(
                                    AriaRole.HEADING,
                                    new Page.GetByRoleOptions().setName("My account")))
                    .isVisible();
            assertThat(
                            viewer.getByText("Viewer", new Page.GetByTextOptions().setExact(true))
                                    .first())
                    .isVisible();
            assertThat(
                            viewer.locator("vaadin-side-nav-item")
                                    .filter(
                                            new com.microsoft.playwright.Locator.FilterOptions()
                                                    .setHasText("Users")))
                    .hasCount(0);
            Browser.screenshot(viewer, "05-viewer-home");

            viewer.navigate(base + "/users");
            assertThat(
                            viewer.getByRole(
                                    AriaRole.HEADING, new Page.GetByRoleOptions().setName("Users")))
                    .hasCount(0);
            assertThat(viewer.getByText("This page is not available to you")).isVisible();
            Browser.screenshot(viewer, "06-viewer-refused-users");
        }
    }
}
