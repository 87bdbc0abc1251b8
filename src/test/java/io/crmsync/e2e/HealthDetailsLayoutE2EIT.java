package io.crmsync.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.crmsync.health.SyncHealthServiceIT.Errors;
import io.crmsync.spi.ErrorType;
import io.crmsync.testsupport.Browser;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a 1440 x 900 screen, the Sync Health details panel tells an impacted record's whole story (its
 * message, explanation and suggested fix) and shows the chosen group's remedies without any
 * sideways scrolling or clipping.
 */
@CrmsyncIntegrationTest
class HealthDetailsLayoutE2EIT {

    private static final int WIDTH = 1440;
    private static final int HEIGHT = 900;
    private static final String MESSAGE =
            "There's a problem with this state, even though it may appear correct. Please select"
                    + " a state from the list of valid states for the country United States of"
                    + " America (Mailing State/Province: Bavaria, Mailing Country: US)";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;

    @BeforeEach
    void twoRecordsWhoseStateSalesforceRefuses() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        accounts.ensureAll();
        Errors.clear(jdbc);
        for (String id : List.of("9101", "9102")) {
            Errors.insert(
                    jdbc,
                    id,
                    ErrorType.PICKLIST_VALUES,
                    "INVALID_STATE",
                    "State",
                    "Bavaria",
                    "Maximiliane Wolkenstein-Trostburg " + id,
                    MESSAGE);
        }
    }

    @AfterEach
    void clean() {
        Errors.clear(jdbc);
    }

    @Test
    void aRowsWholeStoryAndTheRemediesFitA1440By900ScreenWithoutScrollingSideways() {
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage(WIDTH, HEIGHT);
            try {
                check(page);
            } catch (AssertionError | RuntimeException e) {
                Browser.screenshot(page, "health-details-layout-failure");
                throw e;
            }
        }
    }

    private void check(Page page) {
        page.navigate("http://localhost:" + port + "/");
        Browser.signIn(page, TestAccounts.EDITOR, TestAccounts.PASSWORD);
        page.waitForURL(url -> !url.contains("login"));
        page.navigate("http://localhost:" + port + "/integration/sync-health");
        page.locator(".health-card")
                .filter(new Locator.FilterOptions().setHasText("Picklist values"))
                .click();
        Locator details = page.locator(".health-details");
        details.locator(".health-group-cause").first().click();
        Locator translate =
                details.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Add value translation…"));
        assertThat(translate).isVisible();
        Locator story = details.locator(".health-row-story").first();
        assertThat(story).containsText(MESSAGE);
        assertThat(story).containsText("Salesforce's state picklist does not know this state.");
        assertThat(story).containsText("Suggested fix: Use a state name or code Salesforce knows");
        Browser.screenshot(page, "health-details-1440x900");
        // the console, not Vaadin's development tools, is what a user sees first
        assertThat(page.locator("vaadin-dev-tools, copilot-main")).hasCount(0);

        assertThat(scrollsSideways(page, "document.scrollingElement"))
                .as("the page scrolls sideways")
                .isFalse();
        assertThat(scrollsSideways(page, "document.querySelector('.health-details')"))
                .as("the details panel scrolls sideways")
                .isFalse();
        for (int i = 0; i < details.locator("vaadin-grid").count(); i++) {
            String grid = "document.querySelectorAll('.health-details vaadin-grid')[" + i + "]";
            assertThat(scrollsSideways(page, grid + ".$.table"))
                    .as("grid %d of the details panel scrolls sideways", i)
                    .isFalse();
        }

        BoundingBox panel = details.boundingBox();
        Locator remedies = details.locator(".health-remedies vaadin-button:visible");
        assertThat(remedies.count()).as("remedies offered").isGreaterThanOrEqualTo(2);
        for (int i = 0; i < remedies.count(); i++) {
            Locator button = remedies.nth(i);
            BoundingBox box = button.boundingBox();
            assertThat(box.x)
                    .as("left edge of %s", button.textContent())
                    .isGreaterThanOrEqualTo(panel.x);
            assertThat(box.x + box.width)
                    .as("right edge of %s", button.textContent())
                    .isLessThanOrEqualTo(Math.min(panel.x + panel.width, WIDTH));
            assertThat(box.y + box.height)
                    .as("bottom edge of %s", button.textContent())
                    .isLessThanOrEqualTo(HEIGHT);
            assertThat(shownAtItsCentre(page, button))
                    .as("%s is shown, not covered or clipped", button.textContent())
                    .isTrue();
        }
    }

    private static boolean scrollsSideways(Page page, String element) {
        return (Boolean)
                page.evaluate(
                        "() => { const e = "
                                + element
                                + "; return e.scrollWidth > e.clientWidth + 1; }");
    }

    private static boolean shownAtItsCentre(Page page, Locator button) {
        return (Boolean)
                button.evaluate(
                        "b => { const r = b.getBoundingClientRect();"
                                + " const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                                + " return hit === b || b.contains(hit); }");
    }
}
