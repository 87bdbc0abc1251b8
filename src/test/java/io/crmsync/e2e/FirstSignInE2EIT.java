package io.crmsync.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.crmsync.testsupport.Browser;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the first admin's first sign-in, the password change, its confirmation and the
 * home page; then a sign-out and a sign-in with the new password on the same page, and a walk
 * through the console, all without a Content-Security-Policy violation.
 */
@CrmsyncIntegrationTest
class FirstSignInE2EIT {

    private static final String NEW_PASSWORD = "the first admin's chosen passphrase";

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;

    @BeforeEach
    void aFirstAdminWhoHasNotSignedInYet() {
        accounts.resetFirstAdmin();
    }

    @Test
    void afterChangingThePasswordTheAdminSeesAConfirmationAndTheHomePage() {
        try (Browser browser = Browser.launch()) {
            String base = "http://localhost:" + port;
            Page page = browser.newPage();
            List<String> violations = cspViolations(page);
            List<String> messages = new CopyOnWriteArrayList<>();
            page.onConsoleMessage(message -> messages.add(message.text()));
            page.navigate(base + "/");
            Browser.signIn(page, TestAccounts.FIRST_ADMIN, TestAccounts.FIRST_ADMIN_PASSWORD);
            try {
                assertThat(page.getByText("Choose a new password")).isVisible();
            } catch (AssertionError e) {
                Browser.screenshot(page, "first-sign-in-failure");
                throw new AssertionError(
                        "At " + page.url() + " with console " + messages + ":\n" + page.content(),
                        e);
            }

            Browser.changePassword(page, TestAccounts.FIRST_ADMIN_PASSWORD, NEW_PASSWORD);
            assertThat(page.getByText("Your password was changed.")).isVisible();
            Browser.screenshot(page, "first-sign-in-01-confirmed");
            assertThat(page).hasURL(base + "/");
            assertThat(
                            page.getByRole(
                                    AriaRole.HEADING,
                                    new Page.GetByRoleOptions().setName("My account")))
                    .isVisible();
            assertThat(page.getByText("Choose a new password")).hasCount(0);
            assertThat(
                            page.getByLabel(
                                    "Current password",
                                    new Page.GetByLabelOptions().setExact(true)))
                    .not()
                    .isVisible();

            page.locator("vaadin-menu-bar-button").first().click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Log out"))
                    .click();
            assertThat(page).hasURL(base + "/login");
            Browser.signIn(page, TestAccounts.FIRST_ADMIN, NEW_PASSWORD);
            assertThat(
                            page.getByRole(
                                    AriaRole.HEADING,
                                    new Page.GetByRoleOptions().setName("My account")))
                    .isVisible();

            for (String view :
                    List.of(
                            "integration/sync-health",
                            "integration/companies",
                            "users",
                            "audit",
                            "connections")) {
                page.navigate(base + "/" + view);
                page.waitForLoadState();
                Browser.serverUpToDate(page);
            }
            Browser.screenshot(page, "first-sign-in-02-console");
            assertThat(violations).isEmpty();
        }
    }

    private static List<String> cspViolations(Page page) {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(
                message -> {
                    if (message.text().contains("Content Security Policy")) {
                        violations.add(message.text());
                    }
                });
        return violations;
    }
}
