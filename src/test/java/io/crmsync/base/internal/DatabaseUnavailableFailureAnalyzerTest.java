package io.crmsync.base.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnavailableFailureAnalyzerTest {

    private final DatabaseUnavailableFailureAnalyzer analyzer =
            new DatabaseUnavailableFailureAnalyzer(
                    new MockEnvironment()
                            .withProperty(
                                    "spring.datasource.url",
                                    "jdbc:mariadb://db.example:3306/crmsync"));

    @Test
    void anUnreachableDatabaseIsReportedWithItsUrlAndWhatToDo() {
        var failure =
                new BeanCreationException(
                        "liquibase",
                        new IllegalStateException(
                                new SQLNonTransientConnectionException(
                                        "Socket fail to connect to db.example:3306. Connection refused\nmore",
                                        "08000")));

        var analysis = analyzer.analyze(failure);

        assertThat(analysis.getDescription())
                .isEqualTo(
                        "crmsync cannot reach its database at jdbc:mariadb://db.example:3306/crmsync:"
                                + " Socket fail to connect to db.example:3306. Connection refused");
        assertThat(analysis.getAction()).contains("CRMSYNC_DB_URL");
    }

    @Test
    void otherSqlFailuresAreLeftToTheDefaultReport() {
        var failure =
                new BeanCreationException("x", new SQLSyntaxErrorException("bad SQL", "42000"));
        assertThat(analyzer.analyze(failure)).isNull();
    }
}
