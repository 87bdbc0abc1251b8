package io.crmsync.sync.settings;

import io.crmsync.convert.ValueTranslation;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.ContactSettings.HubSpotStateValues;
import io.crmsync.sync.ContactSettings.HubSpotTarget;
import io.crmsync.sync.ContactSettings.SalesforceChangeAction;
import io.crmsync.sync.ContactSettings.SalesforceDeleteAction;
import io.crmsync.sync.ContactSettings.SalesforceStatePicklist;
import io.crmsync.sync.DealSettings;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SettingsVersion;
import io.crmsync.sync.StageMapping;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.SyncRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@code contact_settings}, {@code company_settings}, {@code deal_settings},
 * {@code field_mapping}, {@code deal_stage_mapping} and {@code sync_settings_version}. Writers lock
 * the settings row first, so that changes and their version numbers are serialized.
 */
@Repository
public class SettingsStore {

    private static final TypeReference<List<ValueTranslation>> TRANSLATIONS =
            new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SettingsStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public ContactSettings contactSettings() {
        return jdbc.sql("SELECT * FROM contact_settings WHERE id = 1")
                .query((rs, n) -> settings(rs))
                .single();
    }

    /**
     * Locks the settings row for the rest of the transaction and returns the version in which the
     * contact settings last changed.
     */
    public long lockContactSettings() {
        return jdbc.sql("SELECT changed_in FROM contact_settings WHERE id = 1 FOR UPDATE")
                .query(Long.class)
                .single();
    }

    public void saveContactSettings(ContactSettings s, long version) {
        jdbc.sql(
                        """
                        UPDATE contact_settings SET salesforce_changes = ?, hubspot_target = ?,
                          auto_create_companies = ?, salesforce_deletes = ?,
                          lifecycle_from_opportunities = ?, company_lifecycle_sync = ?,
                          inclusion_list_id = ?, salesforce_state_picklist = ?,
                          hubspot_state_values = ?, changed_in = ?
                        WHERE id = 1
                        """)
                .params(
                        s.salesforceChanges().name(),
                        s.hubSpotTarget().name(),
                        s.autoCreateCompanies(),
                        s.salesforceDeletes().name(),
                        s.lifecycleFromOpportunities(),
                        s.companyLifecycleSync(),
                        s.inclusionListId(),
                        s.salesforceStatePicklist().name(),
                        s.hubSpotStateValues().name(),
                        version)
                .update();
    }

    public CompanySettings companySettings() {
        return jdbc.sql("SELECT * FROM company_settings WHERE id = 1")
                .query(
                        (rs, n) ->
                                new CompanySettings(
                                        rs.getBoolean("sync_enabled"),
                                        CompanySettings.SalesforceDeleteAction.valueOf(
                                                rs.getString("salesforce_deletes"))))
                .single();
    }

    /** The version in which the company settings last changed. */
    public long companySettingsChangedIn() {
        return changedIn("company_settings");
    }

    /** Saves the settings; turning sync on records {@code now} as the time it started. */
    public void saveCompanySettings(CompanySettings s, long version, Instant now) {
        saveToggle("company_settings", s.syncEnabled(), s.salesforceDeletes().name(), version, now);
    }

    /** When company sync was last turned on, if ever. */
    public Optional<Instant> companySyncEnabledAt() {
        return enabledAt("company_settings");
    }

    public DealSettings dealSettings() {
        return jdbc.sql("SELECT * FROM deal_settings WHERE id = 1")
                .query(
                        (rs, n) ->
                                new DealSettings(
                                        rs.getBoolean("sync_enabled"),
                                        DealSettings.SalesforceDeleteAction.valueOf(
                                                rs.getString("salesforce_deletes"))))
                .single();
    }

    /** The version in which the deal settings last changed. */
    public long dealSettingsChangedIn() {
        return changedIn("deal_settings");
    }

    /** Saves the settings; turning sync on records {@code now} as the time it started. */
    public void saveDealSettings(DealSettings s, long version, Instant now) {
        saveToggle("deal_settings", s.syncEnabled(), s.salesforceDeletes().name(), version, now);
    }

    /** When deal sync was last turned on, if ever. */
    public Optional<Instant> dealSyncEnabledAt() {
        return enabledAt("deal_settings");
    }

    // The tables of objects with a sync toggle share their columns; the name is one of ours.
    private long changedIn(String table) {
        return jdbc.sql("SELECT changed_in FROM " + table + " WHERE id = 1")
                .query(Long.class)
                .single();
    }

    private void saveToggle(
            String table, boolean enabled, String deletes, long version, Instant now) {
        jdbc.sql(
                        "UPDATE "
                                + table
                                + """
                                 SET
                                  enabled_at = CASE WHEN ? AND NOT sync_enabled THEN ? ELSE enabled_at END,
                                  sync_enabled = ?, salesforce_deletes = ?, changed_in = ?
                                WHERE id = 1
                                """)
                .params(enabled, Timestamp.from(now), enabled, deletes, version)
                .update();
    }

    private Optional<Instant> enabledAt(String table) {
        return jdbc.sql("SELECT enabled_at FROM " + table + " WHERE id = 1")
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    /** The stage mappings, by record type (every record type first), then as added. */
    public List<StageMapping> stageMappings() {
        return jdbc.sql("SELECT * FROM deal_stage_mapping ORDER BY record_type_id, id")
                .query(
                        (rs, n) ->
                                new StageMapping(
                                        rs.getLong("id"),
                                        rs.getString("record_type_id"),
                                        rs.getString("salesforce_stage"),
                                        rs.getString("hubspot_pipeline"),
                                        rs.getString("hubspot_stage")))
                .list();
    }

    public long insertStageMapping(StageMapping m) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO deal_stage_mapping
                          (record_type_id, salesforce_stage, hubspot_pipeline, hubspot_stage)
                        VALUES (?, ?, ?, ?)
                        """)
                .params(
                        m.recordTypeId(),
                        m.salesforceStage(),
                        m.hubSpotPipeline(),
                        m.hubSpotStage())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateStageMapping(StageMapping m) {
        jdbc.sql(
                        """
                        UPDATE deal_stage_mapping SET record_type_id = ?, salesforce_stage = ?,
                          hubspot_pipeline = ?, hubspot_stage = ?
                        WHERE id = ?
                        """)
                .params(
                        m.recordTypeId(),
                        m.salesforceStage(),
                        m.hubSpotPipeline(),
                        m.hubSpotStage(),
                        m.id())
                .update();
    }

    public void deleteStageMapping(long id) {
        jdbc.sql("DELETE FROM deal_stage_mapping WHERE id = ?").param(id).update();
    }

    public List<FieldMapping> contactMappings() {
        return mappings(SyncObject.CONTACT);
    }

    /** The object's mappings, the default ones first. */
    public List<FieldMapping> mappings(SyncObject object) {
        return jdbc.sql(
                        "SELECT * FROM field_mapping WHERE sync_object = ?"
                                + " ORDER BY is_default DESC, id")
                .param(object.name())
                .query((rs, n) -> mapping(rs))
                .list();
    }

    public Optional<FieldMapping> mapping(SyncObject object, long id) {
        return jdbc.sql("SELECT * FROM field_mapping WHERE id = ? AND sync_object = ?")
                .params(id, object.name())
                .query((rs, n) -> mapping(rs))
                .optional();
    }

    public long insertMapping(SyncObject object, FieldMapping m) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO field_mapping
                          (sync_object, hubspot_property, salesforce_field, sync_rule, is_default,
                           translations, truncate_to_length, default_value)
                        VALUES (?, ?, ?, ?, FALSE, ?, ?, ?)
                        """)
                .params(
                        object.name(),
                        m.hubSpotProperty(),
                        m.salesforceField(),
                        m.rule().name(),
                        translations(m.translations()),
                        m.truncate(),
                        m.defaultValue())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateMapping(FieldMapping m) {
        jdbc.sql(
                        """
                        UPDATE field_mapping SET hubspot_property = ?, salesforce_field = ?,
                          sync_rule = ?, translations = ?, truncate_to_length = ?, default_value = ?
                        WHERE id = ?
                        """)
                .params(
                        m.hubSpotProperty(),
                        m.salesforceField(),
                        m.rule().name(),
                        translations(m.translations()),
                        m.truncate(),
                        m.defaultValue(),
                        m.id())
                .update();
    }

    public void deleteMapping(long id) {
        jdbc.sql("DELETE FROM field_mapping WHERE id = ?").param(id).update();
    }

    public long version() {
        return jdbc.sql("SELECT MAX(version) FROM sync_settings_version")
                .query(Long.class)
                .single();
    }

    /** Writes the next history row; call with the settings row locked. */
    public long appendVersion(String kind, String snapshot, String by, Instant at) {
        long next = version() + 1;
        jdbc.sql(
                        """
                        INSERT INTO sync_settings_version
                          (version, kind, snapshot, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?)
                        """)
                .params(next, kind, snapshot, by, Timestamp.from(at))
                .update();
        return next;
    }

    public List<SettingsVersion> history(int limit) {
        return jdbc.sql(
                        """
                        SELECT version, kind, changed_by, changed_at FROM sync_settings_version
                        ORDER BY version DESC LIMIT ?
                        """)
                .param(limit)
                .query(
                        (rs, n) ->
                                new SettingsVersion(
                                        rs.getLong("version"),
                                        rs.getString("kind"),
                                        rs.getString("changed_by"),
                                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    public Optional<String> snapshot(long version) {
        return jdbc.sql("SELECT snapshot FROM sync_settings_version WHERE version = ?")
                .param(version)
                .query(String.class)
                .optional();
    }

    private static ContactSettings settings(ResultSet rs) throws SQLException {
        return new ContactSettings(
                SalesforceChangeAction.valueOf(rs.getString("salesforce_changes")),
                HubSpotTarget.valueOf(rs.getString("hubspot_target")),
                rs.getBoolean("auto_create_companies"),
                SalesforceDeleteAction.valueOf(rs.getString("salesforce_deletes")),
                rs.getBoolean("lifecycle_from_opportunities"),
                rs.getBoolean("company_lifecycle_sync"),
                rs.getString("inclusion_list_id"),
                SalesforceStatePicklist.valueOf(rs.getString("salesforce_state_picklist")),
                HubSpotStateValues.valueOf(rs.getString("hubspot_state_values")));
    }

    private FieldMapping mapping(ResultSet rs) throws SQLException {
        String stored = rs.getString("translations");
        return new FieldMapping(
                rs.getLong("id"),
                rs.getString("hubspot_property"),
                rs.getString("salesforce_field"),
                SyncRule.valueOf(rs.getString("sync_rule")),
                rs.getBoolean("is_default"),
                stored == null || stored.isBlank()
                        ? List.of()
                        : json.readValue(stored, TRANSLATIONS),
                rs.getBoolean("truncate_to_length"),
                rs.getString("default_value"));
    }

    private String translations(List<ValueTranslation> translations) {
        return translations.isEmpty() ? null : json.writeValueAsString(translations);
    }
}
