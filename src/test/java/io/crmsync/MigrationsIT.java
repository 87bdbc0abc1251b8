package io.crmsync;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.CrmsyncIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Liquibase changelogs under db/ apply to a real MariaDB, the app's and the sandboxes' alike.
 */
@CrmsyncIntegrationTest
class MigrationsIT {

    @Autowired JdbcClient jdbc;

    @Test
    void everyChangeSetOfTheAppRanOnMariaDb() {
        assertThat(jdbc.sql("SELECT VERSION()").query(String.class).single())
                .containsIgnoringCase("mariadb");
        assertThat(tables())
                .contains("app_user", "audit_event", "scheduled_tasks", "databasechangelog");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM DATABASECHANGELOG").query(Integer.class).single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void theSandboxesKeepAChangelogOfTheirOwn() {
        assertThat(tables()).contains("sandbox_databasechangelog");
        assertThat(
                        jdbc.sql("SELECT COUNT(*) FROM sandbox_databasechangelog")
                                .query(Integer.class)
                                .single())
                .isPositive();
    }

    @Test
    void usernamesAreUnique() {
        assertThat(
                        jdbc.sql(
                                        """
                        SELECT COUNT(*) FROM information_schema.statistics
                         WHERE table_schema = DATABASE() AND table_name = 'app_user'
                           AND column_name = 'username' AND non_unique = 0
                        """)
                                .query(Integer.class)
                                .single())
                .isEqualTo(1);
    }

    private java.util.List<String> tables() {
        return jdbc.sql(
                        "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = DATABASE()")
                .query(String.class)
                .list();
    }
}
