package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.health.ErrorFilter;
import io.crmsync.health.ErrorGroup;
import io.crmsync.health.ErrorRemedy;
import io.crmsync.health.SyncHealthService;
import io.crmsync.records.SyncRecordService;
import io.crmsync.settings.MappingRejected;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.HubSpotId;
import io.crmsync.spi.SalesforceId;
import io.crmsync.sync.FieldSkip;
import io.crmsync.sync.RecordField;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.settings.SettingsFixture;
import io.crmsync.sync.settings.StoredSyncSettings;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * B6 remedies end to end on the sandboxes: a dirty record fails, the remedy changes the mapping (or
 * skips the field), the group resyncs, the error clears and the right value arrives.
 */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
class RemediesIT extends SyncScenarioSupport {

    @Autowired SyncHealthService health;
    @Autowired SyncRecordService records;
    @Autowired StoredSyncSettings cache;

    @AfterEach
    void defaultMappings() {
        SettingsFixture.restoreDefaults(jdbc, cache);
    }

    @Test
    void truncatingWritesTheFirstCharactersAndKeepsTheLongValueInHubSpot() {
        String title = "Head of " + "very ".repeat(40) + "long titles";
        String id =
                sync.createHubSpot(
                        Map.of(
                                "lastname",
                                "Long",
                                "email",
                                SyncFixture.email("trunc"),
                                "jobtitle",
                                title));
        sync.settle();
        ErrorGroup group = groupOf(id, ErrorType.PROPERTY_VALUES);
        assertThat(group.code()).isEqualTo("STRING_TOO_LONG");
        assertThat(health.remedies(group))
                .contains(ErrorRemedy.TRUNCATE, ErrorRemedy.SKIP_FIELD)
                .doesNotContain(ErrorRemedy.TRANSLATE);
        assertThat(health.remedyTarget(group)).get().extracting(t -> t.length()).isEqualTo(128);
        long version = version();

        assertThat(health.truncateField(group)).isEqualTo(1);
        sync.settle();

        assertThat(sync.errorsOf(id)).isEmpty();
        Link link = sync.linkOfHubSpot(id).orElseThrow();
        CrmRecord contact =
                sync.salesforceById(link.salesforceType(), link.salesforceId(), "Title");
        assertThat(contact.fields().get("Title")).isEqualTo(title.substring(0, 128));
        sync.settle();
        assertThat(sync.hubSpotById(id, "jobtitle").fields().get("jobtitle"))
                .as("the truncated echo does not overwrite HubSpot")
                .isEqualTo(title);
        assertDifferenceExplained(id, "jobtitle", RecordField.TRUNCATED);
        assertVersionAndAudit(version, "CONTACT_MAPPING_CHANGED", "\"Truncate long text\":\"On\"");
    }

    @Test
    void aDefaultValueFillsARequiredFieldTheContactLeavesBlank() {
        String id =
                sync.createHubSpot(
                        Map.of("firstname", "Nolast", "email", SyncFixture.email("nolast")));
        sync.settle();
        ErrorGroup group = groupOf(id, ErrorType.PROPERTY_VALUES);
        assertThat(group.code()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(group.field()).isEqualTo("LastName");
        assertThat(health.remedies(group))
                .contains(ErrorRemedy.DEFAULT_VALUE)
                .doesNotContain(ErrorRemedy.SKIP_FIELD, ErrorRemedy.TRUNCATE);
        long version = version();

        assertThatThrownBy(() -> health.useDefault(group, "x".repeat(81)))
                .isInstanceOfSatisfying(
                        MappingRejected.class,
                        r -> {
                            assertThat(r.field()).isEqualTo(MappingRejected.Field.DEFAULT_VALUE);
                            assertThat(r.getMessage()).contains("at most 80");
                        });
        assertThat(version()).isEqualTo(version);

        assertThat(health.useDefault(group, "Unknown"))
                .as("every contact without a last name, this one included")
                .isPositive();
        sync.settle();

        assertThat(sync.errorsOf(id)).isEmpty();
        Link link = sync.linkOfHubSpot(id).orElseThrow();
        assertThat(
                        sync.salesforceById(link.salesforceType(), link.salesforceId(), "LastName")
                                .fields()
                                .get("LastName"))
                .isEqualTo("Unknown");
        sync.settle();
        assertThat(sync.hubSpotById(id, "lastname").fields().get("lastname"))
                .as("the default's echo is not synced back")
                .isIn(null, "");
        assertDifferenceExplained(id, "lastname", RecordField.DEFAULTED);
        assertVersionAndAudit(version, "CONTACT_MAPPING_CHANGED", "Unknown");
    }

    @Test
    void skippingTheFieldSyncsTheRestUntilTheSkipIsRemoved() {
        String id =
                sync.createHubSpot(
                        Map.of(
                                "lastname",
                                "Skip",
                                "email",
                                SyncFixture.email("skip"),
                                "jobtitle",
                                "Skipped " + "y".repeat(150) + SyncFixture.email("title")));
        sync.settle();
        ErrorGroup group = groupOf(id, ErrorType.PROPERTY_VALUES);
        long version = version();

        assertThat(health.skipField(group)).isEqualTo(1);
        sync.settle();

        assertThat(sync.errorsOf(id)).isEmpty();
        Link link = sync.linkOfHubSpot(id).orElseThrow();
        RecordRef ref =
                new RecordRef(
                        new HubSpotId(id),
                        new SalesforceId(link.salesforceType(), link.salesforceId()));
        List<FieldSkip> skips = records.skippedFields(ref);
        assertThat(skips)
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.hubSpotProperty()).isEqualTo("jobtitle");
                            assertThat(s.salesforceField()).isEqualTo("Title");
                            assertThat(s.reason()).isEqualTo("STRING_TOO_LONG");
                            assertThat(s.createdBy()).isEqualTo(TestAccounts.EDITOR);
                        });
        assertVersionAndAudit(version, "CONTACT_FIELD_SKIPPED", "jobtitle");

        sync.updateHubSpot(id, Map.of("jobtitle", "CTO", "firstname", "Sam"));
        sync.settle();
        CrmRecord contact =
                sync.salesforceById(
                        link.salesforceType(), link.salesforceId(), "Title", "FirstName");
        assertThat(contact.fields().get("FirstName")).isEqualTo("Sam");
        assertThat(contact.fields().get("Title")).as("skipped").isNull();

        assertThat(records.removeSkip(skips.getFirst().id())).isTrue();
        sync.settle();

        assertThat(records.skippedFields(ref)).isEmpty();
        assertThat(
                        sync.salesforceById(link.salesforceType(), link.salesforceId(), "Title")
                                .fields()
                                .get("Title"))
                .isEqualTo("CTO");
        assertVersionAndAudit(version + 1, "CONTACT_FIELD_SKIP_REMOVED", "jobtitle");
    }

    private ErrorGroup groupOf(String recordId, ErrorType type) {
        List<ErrorGroup> groups = health.groups(type, new ErrorFilter(recordId, null), 0, 10);
        assertThat(groups).as("the error groups of " + recordId).hasSize(1);
        return groups.getFirst();
    }

    private long version() {
        return jdbc.sql("SELECT MAX(version) FROM sync_settings_version")
                .query(Long.class)
                .single();
    }

    private void assertVersionAndAudit(long before, String kind, String afterContains) {
        assertThat(
                        jdbc.sql("SELECT kind FROM sync_settings_version WHERE version = ?")
                                .param(before + 1)
                                .query(String.class)
                                .single())
                .isEqualTo(kind);
        assertThat(
                        jdbc.sql(
                                        "SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ?"
                                                + " AND COALESCE(after_state, before_state) LIKE ?")
                                .params(kind, TestAccounts.EDITOR, "%" + afterContains + "%")
                                .query(Long.class)
                                .single())
                .isPositive();
    }

    /** The Records page shows why the two values differ, and does not call it a difference. */
    private void assertDifferenceExplained(String hubSpotId, String property, String remedy) {
        assertThat(records.find(hubSpotId).orElseThrow().fields())
                .filteredOn(f -> f.hubSpotProperty().equals(property))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.remedy()).isEqualTo(remedy);
                            assertThat(f.differs()).isFalse();
                        });
    }
}
