package io.crmsync.sync.settings;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts the contact settings and mappings back to what the migration seeds. */
public final class SettingsFixture {

    private SettingsFixture() {}

    public static void restoreDefaults(JdbcClient jdbc, StoredSyncSettings cache) {
        String leadStatus =
                jdbc.sql(
                                "SELECT translations FROM field_mapping"
                                        + " WHERE hubspot_property = 'hs_lead_status'"
                                        + " AND sync_object = 'CONTACT'")
                        .query(String.class)
                        .single();
        jdbc.sql(
                        """
                        UPDATE contact_settings SET salesforce_changes = 'CREATE_OR_UPDATE',
                          hubspot_target = 'CONTACT', auto_create_companies = TRUE,
                          salesforce_deletes = 'DO_NOTHING', lifecycle_from_opportunities = TRUE,
                          company_lifecycle_sync = FALSE, inclusion_list_id = NULL,
                          salesforce_state_picklist = 'DISABLED',
                          hubspot_state_values = 'MATCH_SALESFORCE_DEFAULTS'
                        """)
                .update();
        jdbc.sql("DELETE FROM field_mapping WHERE is_default = FALSE").update();
        jdbc.sql(
                        """
                        UPDATE field_mapping SET sync_rule = CASE hubspot_property
                          WHEN 'email' THEN 'TWO_WAY' ELSE 'PREFER_SALESFORCE_UNLESS_BLANK' END,
                          truncate_to_length = FALSE, default_value = NULL
                        WHERE sync_object = 'CONTACT'
                        """)
                .update();
        jdbc.sql(
                        """
                        UPDATE field_mapping SET sync_rule = CASE hubspot_property
                          WHEN 'hubspot_owner_id' THEN 'PREFER_SALESFORCE_UNLESS_BLANK'
                          ELSE 'TWO_WAY' END,
                          truncate_to_length = FALSE, default_value = NULL
                        WHERE sync_object = 'COMPANY'
                        """)
                .update();
        jdbc.sql(
                        "UPDATE company_settings SET sync_enabled = FALSE,"
                                + " salesforce_deletes = 'DO_NOTHING'")
                .update();
        jdbc.sql("DELETE FROM sync_field_skip").update();
        if (leadStatus == null || !leadStatus.contains("BAD_TIMING")) {
            jdbc.sql(
                            "UPDATE field_mapping SET translations = ?"
                                    + " WHERE hubspot_property = 'hs_lead_status'"
                                    + " AND sync_object = 'CONTACT'")
                    .param(LEAD_STATUS)
                    .update();
        }
        cache.invalidate();
    }

    static final String LEAD_STATUS =
            "[{\"hubSpotValue\":\"NEW\",\"salesforceValue\":\"Open - Not Contacted\"},"
                    + "{\"hubSpotValue\":\"OPEN\",\"salesforceValue\":\"Open - Not Contacted\"},"
                    + "{\"hubSpotValue\":\"ATTEMPTED_TO_CONTACT\",\"salesforceValue\":\"Working - Contacted\"},"
                    + "{\"hubSpotValue\":\"IN_PROGRESS\",\"salesforceValue\":\"Working - Contacted\"},"
                    + "{\"hubSpotValue\":\"CONNECTED\",\"salesforceValue\":\"Working - Contacted\"},"
                    + "{\"hubSpotValue\":\"OPEN_DEAL\",\"salesforceValue\":\"Closed - Converted\"},"
                    + "{\"hubSpotValue\":\"UNQUALIFIED\",\"salesforceValue\":\"Closed - Not Converted\"},"
                    + "{\"hubSpotValue\":\"BAD_TIMING\",\"salesforceValue\":\"Closed - Not Converted\"}]";
}
