package io.crmsync.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.crmsync.health.SyncHealthServiceIT.Errors;
import io.crmsync.spi.ErrorType;
import io.crmsync.testsupport.Browser;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a Viewer opens an error type's details on Sync Health, clicks Export CSV and
 * gets the file of its errors, with a CRM value that looks like a formula written as text.
 */
@CrmsyncIntegrationTest
class ExportCsvE2EIT {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Calif.\")";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;

    @BeforeEach
    void aPicklistError() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        accounts.ensureAll();
        Errors.clear(jdbc);
        Errors.insert(
                jdbc,
                "7701",
                ErrorType.PICKLIST_VALUES,
                "INVALID_STATE",
                "MailingState",
                FORMULA,
                "Ada Export",
                "There's a problem with this state: " + FORMULA);
    }

    @AfterEach
    void noErrors() {
        Errors.clear(jdbc);
    }

    @Test
    void aViewerExportsTheErrorsOfATypeAsCsv() throws Exception {
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage();
            try {
                export(page, "http://localhost:" + port);
            } catch (AssertionError | RuntimeException e) {
                Browser.screenshot(page, "export-failure");
                throw e;
            }
        }
    }

    private void export(Page page, String base) throws Exception {
        page.navigate(base + "/");
        Browser.signIn(page, TestAccounts.VIEWER, TestAccounts.PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Salesforce integration"))
                .click();
        assertThat(page).hasURL(base + "/integration/contacts");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Sync Health")).click();
        assertThat(page).hasURL(base + "/integration/sync-health");
        page.locator(".health-card")
                .filter(new Locator.FilterOptions().setHasText("Picklist values"))
                .click();
        Locator details = page.locator(".health-details");
        assertThat(
                        details.getByRole(
                                AriaRole.HEADING,
                                new Locator.GetByRoleOptions().setName("Picklist values")))
                .isVisible();
        Browser.screenshot(page, "export-01-details");

        Download download =
                page.waitForDownload(
                        () ->
                                details.getByRole(
                                                AriaRole.LINK,
                                                new Locator.GetByRoleOptions()
                                                        .setName("Export CSV"))
                                        .click());

        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).matches("sync-errors-picklist-values-.+\\.csv");
        String text = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Error type\",\"Code\",\"Field\",\"Value\"");
        List<CSVRecord> records =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(text.substring(1)))
                        .getRecords();
        assertThat(records).hasSize(1);
        CSVRecord error = records.getFirst();
        assertThat(error.get("Record")).isEqualTo("Ada Export");
        assertThat(error.get("Record id")).isEqualTo("7701");
        assertThat(error.get("Code")).isEqualTo("INVALID_STATE");
        assertThat(error.get("Field")).isEqualTo("MailingState");
        assertThat(error.get("Value")).isEqualTo("'" + FORMULA);
        assertThat(error.get("Error type")).isEqualTo("Picklist values");
    }
}
