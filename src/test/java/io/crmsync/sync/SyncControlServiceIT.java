package io.crmsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.settings.CompanySettingsService;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.sync.engine.RecordSyncDriver;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Resyncing one synced object: only its streams are read again, and only while it syncs. */
@CrmsyncIntegrationTest
class SyncControlServiceIT {

    private static final List<String> COMPANY_STREAMS =
            List.of("SALESFORCE:Account", "HUBSPOT:companies");
    private static final List<String> CONTACT_STREAMS =
            List.of("SALESFORCE:Contact", "SALESFORCE:Lead", "HUBSPOT:contacts");

    @Autowired SyncControlService control;
    @Autowired CompanySettingsService companySettings;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;

    RecordSyncDriver engine;

    @BeforeEach
    void companiesSyncing() {
        accounts.ensureAll();
        engine = RecordSyncDriver.of(context);
        engine.reset();
        companies(true);
        engine.settle();
    }

    @AfterEach
    void companiesOff() {
        companies(false);
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void aResyncOfCompaniesRewindsTheAccountAndCompanyStreamsOnlyUnderANewRun() {
        Map<String, Cursor> before = cursors();
        assertThat(before.keySet()).containsAll(COMPANY_STREAMS).containsAll(CONTACT_STREAMS);

        SyncProgress progress = control.resync(SyncObject.COMPANY);

        Map<String, Cursor> after = cursors();
        assertThat(progress.kind()).isEqualTo("RESYNC");
        assertThat(progress.finished()).isFalse();
        for (String stream : COMPANY_STREAMS) {
            assertThat(after.get(stream))
                    .as(stream)
                    .isEqualTo(new Cursor(ChangeCursor.BEGINNING.modifiedAt(), "", false));
        }
        for (String stream : CONTACT_STREAMS) {
            assertThat(after.get(stream)).as(stream).isEqualTo(before.get(stream));
        }
        assertThat(
                        jdbc.sql(
                                        "SELECT COUNT(*) FROM audit_event WHERE action = 'SYNC_RESYNC'"
                                                + " AND target = 'companies' AND actor = ?")
                                .param(TestAccounts.EDITOR)
                                .query(Long.class)
                                .single())
                .isPositive();
        engine.settle();
        assertThat(cursors().get("SALESFORCE:Account").backfillDone())
                .as("read to its end again")
                .isTrue();
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void aResyncOfCompaniesIsRefusedWhileCompanySyncIsOff() {
        companies(false);
        Map<String, Cursor> before = cursors();
        long runs = jdbc.sql("SELECT COUNT(*) FROM sync_run").query(Long.class).single();

        assertThatThrownBy(() -> control.resync(SyncObject.COMPANY))
                .isInstanceOf(SyncTurnedOff.class)
                .hasMessage("Company sync is off: turn it on in the Companies settings first.");
        assertThat(cursors()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sync_run").query(Long.class).single())
                .isEqualTo(runs);
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void aResyncOfContactsLeavesTheCompanyStreamsWhereTheyWere() {
        Map<String, Cursor> before = cursors();

        control.resyncContacts();

        Map<String, Cursor> after = cursors();
        for (String stream : CONTACT_STREAMS) {
            assertThat(after.get(stream).backfillDone()).as(stream).isFalse();
        }
        for (String stream : COMPANY_STREAMS) {
            assertThat(after.get(stream)).as(stream).isEqualTo(before.get(stream));
        }
        engine.settle();
    }

    private record Cursor(Instant modifiedAt, String lastId, boolean backfillDone) {}

    private Map<String, Cursor> cursors() {
        return jdbc
                .sql("SELECT stream, modified_at, last_id, backfill_done FROM sync_cursor")
                .query(
                        (rs, n) ->
                                Map.entry(
                                        rs.getString(1),
                                        new Cursor(
                                                rs.getTimestamp(2).toInstant(),
                                                rs.getString(3),
                                                rs.getBoolean(4))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private void companies(boolean on) {
        TestAccounts.asAdmin(
                () -> {
                    var current = companySettings.current();
                    companySettings.save(
                            CompanySettings.DEFAULTS.withSyncEnabled(on), current.version());
                });
    }
}
