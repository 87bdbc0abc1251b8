package io.crmsync.base.internal;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "the database is not there" at start-up into one short report that names the URL, instead
 * of pages of stack traces.
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnavailableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        boolean connectionProblem =
                cause.getSQLState() != null && cause.getSQLState().startsWith("08")
                        || cause.getSQLState() != null && cause.getSQLState().startsWith("28")
                        || String.valueOf(cause.getMessage()).toLowerCase().contains("connect");
        if (!connectionProblem) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url)");
        return new FailureAnalysis(
                "crmsync cannot reach its database at "
                        + url
                        + ": "
                        + firstLine(cause.getMessage()),
                "Start MariaDB at that address, or point crmsync at yours with CRMSYNC_DB_URL,"
                        + " CRMSYNC_DB_USER and CRMSYNC_DB_PASSWORD. For a local trial without a"
                        + " server, run ./mvnw spring-boot:test-run, which starts an embedded MariaDB.",
                cause);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
