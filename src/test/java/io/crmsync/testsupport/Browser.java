package io.crmsync.testsupport;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Headless Chromium for end-to-end tests, driven by Playwright. Where Chromium is not installed,
 * the tests are skipped with a loud message, unless CI=true or -Dcrmsync.browser-tests=required,
 * where a missing browser fails the build.
 */
public final class Browser implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Browser.class);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Path executable) {
        playwright = Playwright.create();
        browser =
                playwright
                        .chromium()
                        .launch(
                                new BrowserType.LaunchOptions()
                                        .setExecutablePath(executable)
                                        .setHeadless(true)
                                        .setArgs(
                                                List.of(
                                                        "--no-sandbox",
                                                        "--disable-gpu",
                                                        "--disable-quic",
                                                        "--no-first-run",
                                                        "--disable-background-networking",
                                                        "--disable-component-update",
                                                        "--disable-sync",
                                                        "--disable-dev-shm-usage")));
    }

    /**
     * Starts Chromium, or skips the calling test when browser tests are optional and it is missing.
     */
    public static Browser launch() {
        Path executable = Path.of(System.getProperty("crmsync.chromium", CHROMIUM.toString()));
        boolean required =
                "true".equalsIgnoreCase(System.getenv("CI"))
                        || "required".equals(System.getProperty("crmsync.browser-tests"));
        if (!Files.isExecutable(executable)) {
            String message =
                    "Chromium not found at "
                            + executable
                            + ": browser tests SKIPPED. Install it with: apt-get install -y chromium chromium-driver";
            if (required) {
                throw new IllegalStateException(message.replace("SKIPPED", "REQUIRED"));
            }
            log.warn("\n{}\n{}\n{}", "!".repeat(100), message, "!".repeat(100));
            Assumptions.abort(message);
        }
        // Playwright's assertions wait 5 s by default; a page on a busy 2-core build machine can
        // take longer to render, so they wait as long as the page's own actions do.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        return new Browser(executable);
    }

    /**
     * A fresh, isolated browser profile: its own cookies, as a second person on another machine.
     */
    public Page newPage() {
        return newPage(1280, 800);
    }

    /** The same, on a screen of this size. */
    public Page newPage(int width, int height) {
        BrowserContext context =
                browser.newContext(
                        new com.microsoft.playwright.Browser.NewContextOptions()
                                .setViewportSize(width, height)
                                .setTimezoneId("Europe/Berlin"));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    /** Fills in the sign-in form and logs in. */
    public static void signIn(Page page, String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }

    /**
     * Waits until the page has no request to the server in flight, as TestBench does: a value typed
     * into a field has then reached the server before the next click is sent.
     */
    public static void serverUpToDate(Page page) {
        page.waitForFunction(
                "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                        + " && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive())");
    }

    /** Fills in the change-password form, as a first sign-in requires, and submits it. */
    public static void changePassword(Page page, String current, String next) {
        page.getByLabel("Current password", new Page.GetByLabelOptions().setExact(true))
                .fill(current);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(next);
        page.getByLabel("Repeat the new password", new Page.GetByLabelOptions().setExact(true))
                .fill(next);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Change password"))
                .click();
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(
                new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve(name + ".png"))
                        .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
