package io.crmsync.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.base.ExternalSystem;
import io.crmsync.convert.ValueTranslation;
import io.crmsync.settings.ContactMappingService;
import io.crmsync.settings.MappingRejected;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SuspensionCause;
import io.crmsync.sync.SyncSuspension;
import io.crmsync.sync.engine.SuspensionControl;
import io.crmsync.sync.settings.SettingsFixture;
import io.crmsync.sync.settings.StoredSyncSettings;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Sync Health's figures come from the error table; its actions queue, remedy and audit. */
@CrmsyncIntegrationTest
public class SyncHealthServiceIT {

    @Autowired SyncHealthService health;
    @Autowired ContactMappingService mappings;
    @Autowired SuspensionControl suspensionControl;
    @Autowired JdbcClient jdbc;
    @Autowired StoredSyncSettings cache;

    @BeforeEach
    @AfterEach
    void empty() {
        Errors.clear(jdbc);
        SettingsFixture.restoreDefaults(jdbc, cache);
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void everyTypeHasACardCountingErrorsAndDistinctRecords() {
        Errors.insert(
                jdbc,
                "101",
                ErrorType.PICKLIST_VALUES,
                "INVALID_PICKLIST_VALUE",
                "Industry",
                "Tech");
        Errors.insert(jdbc, "101", ErrorType.PICKLIST_VALUES, "INVALID_STATE", "State", "Bavaria");
        Errors.insert(
                jdbc,
                "102",
                ErrorType.PICKLIST_VALUES,
                "INVALID_PICKLIST_VALUE",
                "Industry",
                "Tech");
        Errors.insert(jdbc, "103", ErrorType.DUPLICATES, "DUPLICATE_EMAIL", "", null);

        List<ErrorCard> cards = health.cards();

        assertThat(cards).hasSize(ErrorType.values().length);
        assertThat(cards)
                .contains(
                        new ErrorCard(ErrorType.PICKLIST_VALUES, 3, 2),
                        new ErrorCard(ErrorType.DUPLICATES, 1, 1),
                        new ErrorCard(ErrorType.CONNECTION, 0, 0));
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void theTalliesFollowTheEnginesUpdatesAndDeletes() {
        Errors.insert(jdbc, "151", ErrorType.PICKLIST_VALUES, "INVALID_STATE", "State", "Bavaria");
        Errors.insert(
                jdbc, "151", ErrorType.PICKLIST_VALUES, "INVALID_COUNTRY", "Country", "Bavaria");
        Errors.insert(jdbc, "152", ErrorType.PICKLIST_VALUES, "INVALID_STATE", "State", "Bavaria");
        jdbc.sql(
                        "UPDATE sync_error SET field_value = 'Tyrol', attempts = attempts + 1 WHERE record_id = '152'")
                .update();
        jdbc.sql(
                        "UPDATE sync_error SET error_type = 'PROPERTY_VALUES' WHERE code = 'INVALID_COUNTRY'")
                .update();

        assertThat(health.cards())
                .contains(
                        new ErrorCard(ErrorType.PICKLIST_VALUES, 2, 2),
                        new ErrorCard(ErrorType.PROPERTY_VALUES, 1, 1));
        assertThat(health.groups(ErrorType.PICKLIST_VALUES, ErrorFilter.NONE, 0, 10))
                .extracting(ErrorGroup::value, ErrorGroup::errors)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bavaria", 1L),
                        org.assertj.core.groups.Tuple.tuple("Tyrol", 1L));

        jdbc.sql("DELETE FROM sync_error WHERE record_id = '151'").update();

        assertThat(health.cards())
                .contains(
                        new ErrorCard(ErrorType.PICKLIST_VALUES, 1, 1),
                        new ErrorCard(ErrorType.PROPERTY_VALUES, 0, 0));
        assertThat(health.groupCount(ErrorType.PICKLIST_VALUES, ErrorFilter.NONE)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sync_error_record").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void errorsGroupByCodeFieldAndValueWithTheirRecordsPaged() {
        for (int i = 0; i < 5; i++) {
            Errors.insert(
                    jdbc,
                    "20" + i,
                    ErrorType.PICKLIST_VALUES,
                    "INVALID_PICKLIST_VALUE",
                    "Industry",
                    "Tech");
        }
        Errors.insert(
                jdbc,
                "210",
                ErrorType.PICKLIST_VALUES,
                "INVALID_PICKLIST_VALUE",
                "Industry",
                "Bio");
        Errors.insert(jdbc, "211", ErrorType.PICKLIST_VALUES, "INVALID_STATE", "State", "Bavaria");

        List<ErrorGroup> groups = health.groups(ErrorType.PICKLIST_VALUES, ErrorFilter.NONE, 0, 10);

        assertThat(health.groupCount(ErrorType.PICKLIST_VALUES, ErrorFilter.NONE)).isEqualTo(3);
        ErrorGroup tech = groups.getFirst();
        assertThat(tech.code()).isEqualTo("INVALID_PICKLIST_VALUE");
        assertThat(tech.value()).isEqualTo("Tech");
        assertThat(tech.errors()).isEqualTo(5);
        assertThat(tech.translatable()).isTrue();
        assertThat(tech.advice().fix()).contains("translation");

        List<ErrorRow> page = health.rows(ErrorType.PICKLIST_VALUES, tech, ErrorFilter.NONE, 1, 2);
        assertThat(page).hasSize(2).allMatch(r -> r.value().equals("Tech"));
        assertThat(health.rowCount(ErrorType.PICKLIST_VALUES, tech, ErrorFilter.NONE)).isEqualTo(5);
        ErrorRow row = page.getFirst();
        assertThat(row.hubSpotUrl())
                .isEqualTo("sandbox?side=hubspot&object=contacts&id=" + row.record().hubSpotId());
        assertThat(row.salesforceUrl())
                .isEqualTo(
                        "sandbox?side=salesforce&object=Contact&id=" + row.record().salesforceId());
        assertThat(row.firstSeen()).isNotNull();
        assertThat(row.attempts()).isEqualTo(2);

        ErrorFilter search = new ErrorFilter("Person 203", null);
        assertThat(health.rows(ErrorType.PICKLIST_VALUES, null, search, 0, 10))
                .extracting(r -> r.record().recordId())
                .containsExactly("203");
        assertThat(
                        health.rowCount(
                                ErrorType.PICKLIST_VALUES,
                                null,
                                new ErrorFilter(null, ExternalSystem.SALESFORCE)))
                .isZero();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void theCsvExportHasItsColumnsQuotingAndUnicode() throws Exception {
        Errors.insert(
                jdbc,
                "301",
                ErrorType.CUSTOM_CODE,
                "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                "",
                null,
                "Zoë \"Zee\" Müller, 東京",
                "Rule says: \"no\",\nplease fix");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        health.exportCsv(ErrorType.CUSTOM_CODE, null, ErrorFilter.NONE, out);
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\"Zoë \"\"Zee\"\" Müller, 東京\"");
        List<CSVRecord> records =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(text))
                        .getRecords();
        assertThat(records).hasSize(1);
        CSVRecord record = records.getFirst();
        assertThat(record.getParser().getHeaderNames())
                .startsWith("Error type", "Code", "Field", "Value", "Record");
        assertThat(record.get("Record")).isEqualTo("Zoë \"Zee\" Müller, 東京");
        assertThat(record.get("Message")).isEqualTo("Rule says: \"no\",\nplease fix");
        assertThat(record.get("Error type")).isEqualTo("Salesforce custom code");
        assertThat(record.get("Suggested fix")).contains("rule");
        assertThat(record.get("Attempts")).isEqualTo("2");
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void theCsvExportPagesThroughMoreRowsThanOnePage() {
        Errors.bulk(jdbc, 2_500, ErrorType.PROPERTY_VALUES);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        health.exportCsv(ErrorType.PROPERTY_VALUES, null, ErrorFilter.NONE, out);

        long lines = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().count();
        assertThat(lines).isEqualTo(2_501);
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void resyncQueuesTheRecordsWithReasonResync() {
        Errors.insert(
                jdbc, "401", ErrorType.PROPERTY_VALUES, "STRING_TOO_LONG", "Title", "x".repeat(20));
        Errors.insert(
                jdbc, "402", ErrorType.PROPERTY_VALUES, "STRING_TOO_LONG", "Title", "y".repeat(20));
        List<ErrorRow> rows = health.rows(ErrorType.PROPERTY_VALUES, null, ErrorFilter.NONE, 0, 10);

        assertThat(health.resync(rows)).isEqualTo(2);

        assertThat(Errors.queued(jdbc))
                .containsExactlyInAnyOrder(
                        "HUBSPOT/contacts/401/RESYNC", "HUBSPOT/contacts/402/RESYNC");
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void aValueTranslationIsSavedOnTheFieldsMappingAndTheGroupResynced() {
        Errors.insert(
                jdbc,
                "501",
                ErrorType.PICKLIST_VALUES,
                "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                "Industry",
                "Tech");
        Errors.insert(
                jdbc,
                "502",
                ErrorType.PICKLIST_VALUES,
                "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                "Industry",
                "Tech");
        ErrorGroup group =
                health.groups(ErrorType.PICKLIST_VALUES, ErrorFilter.NONE, 0, 1).getFirst();
        List<String> targets = health.translationTargets(group);
        assertThat(targets).contains("Technology");

        int queued = health.translateValue(group, "Technology");

        assertThat(queued).isEqualTo(2);
        FieldMapping industry =
                mappings.mappings().stream()
                        .filter(m -> m.salesforceField().equals("Industry"))
                        .findFirst()
                        .orElseThrow();
        assertThat(industry.translations()).contains(new ValueTranslation("Tech", "Technology"));
        assertThat(Errors.queued(jdbc)).hasSize(2);
        assertThat(
                        jdbc.sql(
                                        "SELECT COUNT(*) FROM audit_event WHERE action = 'CONTACT_MAPPING_CHANGED' AND after_state LIKE '%Technology%'")
                                .query(Long.class)
                                .single())
                .isPositive();
        // leave the default mapping as it was for other tests
        mappings.saveTranslations(industry.id(), List.of());
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void aTranslationIsRefusedForAGroupThatIsNotAPicklistValue() {
        Errors.insert(jdbc, "601", ErrorType.PROPERTY_VALUES, "STRING_TOO_LONG", "Title", "long");
        ErrorGroup group =
                health.groups(ErrorType.PROPERTY_VALUES, ErrorFilter.NONE, 0, 1).getFirst();

        assertThatThrownBy(() -> health.translateValue(group, "x"))
                .isInstanceOf(ErrorRemedyRejected.class);
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void eachGroupIsOfferedOnlyTheRemediesThatFitIt() {
        Errors.insert(jdbc, "651", ErrorType.PROPERTY_VALUES, "STRING_TOO_LONG", "Title", "long");
        Errors.insert(
                jdbc,
                "652",
                ErrorType.PICKLIST_VALUES,
                "INVALID_PICKLIST_VALUE",
                "Industry",
                "Tech");
        Errors.insert(
                jdbc, "653", ErrorType.PROPERTY_VALUES, "REQUIRED_FIELD_MISSING", "LastName", null);
        Errors.insert(
                jdbc, "654", ErrorType.PROPERTY_VALUES, "INVALID_EMAIL_ADDRESS", "Email", "a@");
        Errors.insert(jdbc, "655", ErrorType.DUPLICATES, "DUPLICATE_EMAIL", "", null);
        Errors.insert(jdbc, "656", ErrorType.PICKLIST_VALUES, "INVALID_OPTION", "industry", "Bio");

        assertThat(health.remedies(group("651")))
                .containsExactlyInAnyOrder(
                        ErrorRemedy.TRUNCATE, ErrorRemedy.DEFAULT_VALUE, ErrorRemedy.SKIP_FIELD);
        assertThat(health.remedies(group("652")))
                .containsExactlyInAnyOrder(
                        ErrorRemedy.TRANSLATE, ErrorRemedy.DEFAULT_VALUE, ErrorRemedy.SKIP_FIELD);
        assertThat(health.remedies(group("653"))).containsExactly(ErrorRemedy.DEFAULT_VALUE);
        assertThat(health.remedies(group("654"))).isEmpty();
        assertThat(health.remedies(group("655"))).isEmpty();
        assertThat(health.remedies(group("656")))
                .as("a value refused by HubSpot takes no Salesforce default")
                .containsExactlyInAnyOrder(ErrorRemedy.TRANSLATE, ErrorRemedy.SKIP_FIELD);
        assertThat(health.remedyTarget(group("651")))
                .get()
                .satisfies(t -> assertThat(t.length()).isEqualTo(128));
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void aRemedyThatDoesNotFitTheGroupIsRefused() {
        Errors.insert(
                jdbc,
                "661",
                ErrorType.PICKLIST_VALUES,
                "INVALID_PICKLIST_VALUE",
                "Industry",
                "Tech");
        Errors.insert(
                jdbc, "662", ErrorType.PROPERTY_VALUES, "REQUIRED_FIELD_MISSING", "LastName", null);

        assertThatThrownBy(() -> health.truncateField(group("661")))
                .isInstanceOf(ErrorRemedyRejected.class)
                .hasMessageContaining("too long");
        assertThatThrownBy(() -> health.skipField(group("662")))
                .isInstanceOf(ErrorRemedyRejected.class)
                .hasMessageContaining("required");
        assertThatThrownBy(() -> health.useDefault(group("661"), "Rocketry"))
                .isInstanceOfSatisfying(
                        MappingRejected.class,
                        r -> assertThat(r.field()).isEqualTo(MappingRejected.Field.DEFAULT_VALUE));
        assertThat(Errors.queued(jdbc)).isEmpty();
    }

    private ErrorGroup group(String recordId) {
        ErrorRow row =
                java.util.Arrays.stream(ErrorType.values())
                        .flatMap(
                                t ->
                                        health
                                                .rows(
                                                        t,
                                                        null,
                                                        new ErrorFilter(recordId, null),
                                                        0,
                                                        1)
                                                .stream())
                        .findFirst()
                        .orElseThrow();
        return health.groups(row.type(), new ErrorFilter(recordId, null), 0, 1).getFirst();
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void aStoredCauseThisVersionDoesNotKnowReadsAsUnknown() {
        Errors.suspend(jdbc, "SOME_FUTURE_CAUSE");
        try {
            assertThat(health.suspension())
                    .hasValueSatisfying(
                            s -> {
                                assertThat(s.cause()).isEqualTo(SuspensionCause.UNKNOWN);
                                assertThat(s.advice().fix()).contains("clear the suspension");
                            });
        } finally {
            assertThat(health.clearSuspension()).isTrue();
        }
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void clearingASuspensionIsAuditedAndListenersHearANewOne() {
        List<SyncSuspension> heard = new CopyOnWriteArrayList<>();
        Runnable stop = health.onSuspension(heard::add);
        try {
            Errors.suspend(jdbc, "API_DISABLED");
            suspensionControl.check();
            assertThat(heard)
                    .singleElement()
                    .satisfies(
                            s -> {
                                assertThat(s.cause()).isEqualTo(SuspensionCause.API_DISABLED);
                                assertThat(s.advice().fix()).contains("API Enabled");
                            });
            assertThat(health.suspension()).isPresent();

            assertThat(health.clearSuspension()).isTrue();

            assertThat(health.suspension()).isEmpty();
            assertThat(
                            jdbc.sql(
                                            "SELECT actor FROM audit_event WHERE action = 'SYNC_SUSPENSION_CLEARED' ORDER BY id DESC LIMIT 1")
                                    .query(String.class)
                                    .single())
                    .isEqualTo(TestAccounts.ADMIN);
            assertThat(health.clearSuspension()).isFalse();
        } finally {
            stop.run();
        }
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerReadsEverythingButIsRefusedEveryAction() {
        Errors.insert(
                jdbc,
                "701",
                ErrorType.PICKLIST_VALUES,
                "INVALID_PICKLIST_VALUE",
                "Industry",
                "Tech");
        Errors.suspend(jdbc, "UNKNOWN");
        ErrorGroup group =
                health.groups(ErrorType.PICKLIST_VALUES, ErrorFilter.NONE, 0, 1).getFirst();
        List<ErrorRow> rows = health.rows(ErrorType.PICKLIST_VALUES, null, ErrorFilter.NONE, 0, 1);

        assertThatThrownBy(() -> health.resync(rows)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> health.resyncGroup(group))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> health.translateValue(group, "Technology"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> health.truncateField(group))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> health.useDefault(group, "Technology"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> health.skipField(group)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> health.clearSuspension())
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Errors.queued(jdbc)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sync_field_skip").query(Long.class).single())
                .isZero();
        assertThat(health.suspension()).isPresent();
    }

    /** Writes sync errors and suspensions straight into the tables, as the engine would. */
    public static final class Errors {

        static final Instant SEEN = Instant.parse("2026-11-28T08:00:00Z");

        private Errors() {}

        public static void clear(JdbcClient jdbc) {
            jdbc.sql("DELETE FROM sync_error").update();
            jdbc.sql("DELETE FROM sync_work").update();
            jdbc.sql("DELETE FROM sync_suspension").update();
        }

        public static void insert(
                JdbcClient jdbc,
                String recordId,
                ErrorType type,
                String code,
                String field,
                String value) {
            insert(
                    jdbc,
                    recordId,
                    type,
                    code,
                    field,
                    value,
                    "Person " + recordId,
                    code + " on " + field);
        }

        public static void insert(
                JdbcClient jdbc,
                String recordId,
                ErrorType type,
                String code,
                String field,
                String value,
                String label,
                String message) {
            jdbc.sql(
                            """
                            INSERT INTO sync_error (source, object_type, record_id, hubspot_id,
                              salesforce_type, salesforce_id, record_label, error_type, code, message,
                              field, field_value, first_seen, last_tried, attempts, next_retry_at)
                            VALUES ('HUBSPOT', 'contacts', ?, ?, 'Contact', ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, NULL)
                            """)
                    .params(
                            recordId,
                            recordId,
                            "003" + "0".repeat(12 - recordId.length()) + recordId + "AAA",
                            label,
                            type.name(),
                            code,
                            message,
                            field,
                            value,
                            Timestamp.from(SEEN),
                            Timestamp.from(SEEN.plusSeconds(600)))
                    .update();
        }

        /** {@code count} errors of one type over distinct records, in one statement. */
        public static void bulk(JdbcClient jdbc, int count, ErrorType type) {
            jdbc.sql(
                            """
                            INSERT INTO sync_error (source, object_type, record_id, hubspot_id,
                              record_label, error_type, code, message, field, field_value,
                              first_seen, last_tried, attempts)
                            WITH d(x) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2
                              UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
                              UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8
                              UNION ALL SELECT 9),
                            n(i) AS (SELECT a.x + 10 * b.x + 100 * c.x + 1000 * e.x
                              FROM d a, d b, d c, d e)
                            SELECT 'HUBSPOT', 'contacts', CONCAT('b', i), CONCAT('b', i),
                              CONCAT('Bulk ', i), ?, 'STRING_TOO_LONG', 'Too long', 'Title', 'x',
                              ?, ?, 1 FROM n WHERE i < ?
                            """)
                    .params(type.name(), Timestamp.from(SEEN), Timestamp.from(SEEN), count)
                    .update();
        }

        public static void suspend(JdbcClient jdbc, String cause) {
            jdbc.sql(
                            """
                            INSERT INTO sync_suspension (id, cause, system_name, code, message, since)
                            VALUES (1, ?, 'SALESFORCE', 'API_DISABLED_FOR_ORG', 'API is not enabled for this Organization or Partner', ?)
                            """)
                    .params(cause, Timestamp.from(Instant.now()))
                    .update();
        }

        public static List<String> queued(JdbcClient jdbc) {
            return new ArrayList<>(
                    jdbc.sql(
                                    "SELECT CONCAT(source, '/', object_type, '/', record_id, '/', reason) FROM sync_work")
                            .query(String.class)
                            .list());
        }
    }
}
