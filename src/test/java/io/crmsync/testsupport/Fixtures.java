package io.crmsync.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recorded CRM responses in the shared fixture folder (system property {@code
 * crmsync.fixtures}). Where a folder is missing, the tests that read it are skipped with a loud
 * message, unless CI=true, where a missing folder fails the build: a CI run that skipped them would
 * prove nothing about the connectors' and sandboxes' fidelity.
 */
public final class Fixtures {

    private static final Logger log = LoggerFactory.getLogger(Fixtures.class);

    private Fixtures() {}

    /** The folder {@code sub} of the fixtures, or skips (outside CI) or fails (in CI) the test. */
    public static Path folder(String sub) {
        return folder(
                System.getProperty("crmsync.fixtures"),
                sub,
                "true".equalsIgnoreCase(System.getenv("CI")));
    }

    static Path folder(String fixtures, String sub, boolean ci) {
        Path folder = fixtures == null ? null : Path.of(fixtures, sub);
        if (folder != null && Files.isDirectory(folder)) {
            return folder;
        }
        String message =
                "Fixture folder "
                        + (folder == null ? sub + " (crmsync.fixtures not set)" : folder)
                        + " not found: fixture tests SKIPPED";
        if (ci) {
            throw new IllegalStateException(message.replace("SKIPPED", "REQUIRED in CI"));
        }
        log.warn("\n{}\n{}\n{}", "!".repeat(100), message, "!".repeat(100));
        Assumptions.abort(message);
        return null;
    }
}
