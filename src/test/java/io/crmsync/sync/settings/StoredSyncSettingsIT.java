package io.crmsync.sync.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sync.ContactSettings.SalesforceDeleteAction;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine's view of the settings needs no signed-in user, is served from memory, and picks up a
 * change written by another instance once its version is checked again.
 */
@CrmsyncIntegrationTest
class StoredSyncSettingsIT {

    @Autowired StoredSyncSettings settings;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @BeforeEach
    @AfterEach
    void defaults() {
        SettingsFixture.restoreDefaults(jdbc, settings);
    }

    @Test
    void aChangeByAnotherInstanceIsSeenOnceTheVersionIsCheckedAgain() {
        long version = settings.version();
        assertThat(settings.contactSettings().salesforceDeletes())
                .isEqualTo(SalesforceDeleteAction.DO_NOTHING);

        jdbc.sql("UPDATE contact_settings SET salesforce_deletes = 'DELETE_CONTACT'").update();
        jdbc.sql(
                        "INSERT INTO sync_settings_version (version, kind, changed_by, changed_at)"
                                + " VALUES (?, 'CONTACT_SETTINGS', 'elsewhere', ?)")
                .params(version + 1, Timestamp.from(clock.instant()))
                .update();

        assertThat(settings.contactSettings().salesforceDeletes())
                .as("still served from memory")
                .isEqualTo(SalesforceDeleteAction.DO_NOTHING);

        clock.advance(StoredSyncSettings.RECHECK.plus(Duration.ofSeconds(1)));

        assertThat(settings.version()).isEqualTo(version + 1);
        assertThat(settings.contactSettings().salesforceDeletes())
                .isEqualTo(SalesforceDeleteAction.DELETE_CONTACT);
    }
}
