package io.crmsync.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.convert.ValueTranslation;
import io.crmsync.settings.MappingRejected.Field;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SyncRule;
import io.crmsync.sync.settings.SettingsFixture;
import io.crmsync.sync.settings.StoredSyncSettings;
import io.crmsync.sync.settings.SyncSettings;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Contact mappings are checked against both sandboxes' describe, versioned and audited. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
class ContactMappingServiceIT {

    @Autowired ContactMappingService service;
    @Autowired SyncSettings engineView;
    @Autowired StoredSyncSettings cache;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void defaults() {
        SettingsFixture.restoreDefaults(jdbc, cache);
    }

    @Test
    void theDefaultMappingsAreSeeded() {
        List<FieldMapping> mappings = service.mappings();

        assertThat(mappings).hasSize(16).allMatch(FieldMapping::defaultMapping);
        assertThat(mappings)
                .extracting(FieldMapping::hubSpotProperty)
                .contains("email", "firstname", "address", "hs_lead_status", "hubspot_owner_id")
                .doesNotContain("lifecyclestage");
        assertThat(rule(mappings, "email")).isEqualTo(SyncRule.TWO_WAY);
        assertThat(rule(mappings, "phone")).isEqualTo(SyncRule.PREFER_SALESFORCE_UNLESS_BLANK);
        FieldMapping status = find(mappings, "hs_lead_status");
        assertThat(status.salesforceField()).isEqualTo("Status");
        assertThat(status.translations())
                .contains(new ValueTranslation("NEW", "Open - Not Contacted"));
        assertThat(engineView.contactMappings()).isEqualTo(mappings);
    }

    @Test
    void aNewMappingIsStoredVersionedAuditedAndSeenByTheEngine() {
        long version = engineView.version();

        FieldMapping added = service.save(mapping("hs_country_region_code", "LeadSource"));

        assertThat(added.id()).isPositive();
        assertThat(added.defaultMapping()).isFalse();
        assertThat(engineView.version()).isEqualTo(version + 1);
        assertThat(engineView.contactMappings()).contains(added);
        assertThat(
                        jdbc.sql(
                                        "SELECT after_state FROM audit_event WHERE action ="
                                                + " 'CONTACT_MAPPING_ADDED' ORDER BY id DESC LIMIT 1")
                                .query(String.class)
                                .single())
                .contains("hs_country_region_code")
                .contains("LeadSource");
    }

    @Test
    void incompatibleTypesAreRefusedAtTheSalesforceField() {
        rejected(() -> service.save(mapping("hs_state_code", "Department")), Field.SALESFORCE_FIELD)
                .hasMessageContaining("picklist")
                .hasMessageContaining("Department is string");
    }

    @Test
    void unknownNamesAndDuplicatesAreRefusedAtTheirField() {
        rejected(() -> service.save(mapping("no_such_property", "Title")), Field.HUBSPOT_PROPERTY)
                .hasMessageContaining("no_such_property");
        rejected(() -> service.save(mapping("hs_state_code", "No_Such__c")), Field.SALESFORCE_FIELD)
                .hasMessageContaining("No_Such__c");
        rejected(() -> service.save(mapping("email", "Department")), Field.HUBSPOT_PROPERTY)
                .hasMessageContaining("mapped already");
        rejected(
                        () -> service.save(mapping("lifecyclestage", "LeadSource")),
                        Field.HUBSPOT_PROPERTY)
                .hasMessageContaining("set by crmsync");
    }

    @Test
    void aDefaultMappingChangesItsRuleButIsNeverRemoved() {
        FieldMapping phone = find(service.mappings(), "phone");

        FieldMapping changed =
                service.save(
                        new FieldMapping(
                                phone.id(), "phone", "Phone", SyncRule.DONT_SYNC, true, List.of()));

        assertThat(changed.rule()).isEqualTo(SyncRule.DONT_SYNC);
        assertThat(changed.defaultMapping()).isTrue();
        rejected(() -> service.remove(phone.id()), Field.NONE)
                .hasMessageContaining("default mapping cannot be removed");
        assertThat(service.mappings()).contains(changed);
    }

    @Test
    void anAddedMappingCanBeRemoved() {
        FieldMapping added = service.save(mapping("hs_country_region_code", "LeadSource"));

        service.remove(added.id());

        assertThat(service.mappings()).noneMatch(m -> m.id() == added.id());
    }

    @Test
    void picklistTranslationsAreStoredAndChecked() {
        FieldMapping status = find(service.mappings(), "hs_lead_status");
        List<ValueTranslation> table =
                List.of(
                        new ValueTranslation("NEW", "Open - Not Contacted"),
                        new ValueTranslation("BAD_TIMING", "Closed - Not Converted"));

        service.saveTranslations(status.id(), table);

        assertThat(find(service.mappings(), "hs_lead_status").translations()).isEqualTo(table);
        assertThat(find(engineView.contactMappings(), "hs_lead_status").translations())
                .isEqualTo(table);
        rejected(
                        () ->
                                service.saveTranslations(
                                        status.id(),
                                        List.of(new ValueTranslation("NEW", "Maybe later"))),
                        Field.TRANSLATIONS)
                .hasMessageContaining("Maybe later");
    }

    @Test
    void theEditorOffersBothSidesWithTypes() {
        MappingChoices choices = service.choices();

        assertThat(choices.hubSpotProperties())
                .anySatisfy(
                        c -> {
                            assertThat(c.name()).isEqualTo("hs_lead_status");
                            assertThat(c.type()).isEqualTo("enumeration");
                            assertThat(c.values()).contains("NEW");
                        })
                .noneMatch(c -> c.name().equals("lifecyclestage"));
        assertThat(choices.salesforceFields())
                .anySatisfy(
                        c -> {
                            assertThat(c.name()).isEqualTo("Company");
                            assertThat(c.objects()).containsExactly("Lead");
                        })
                .anySatisfy(
                        c -> {
                            assertThat(c.name()).isEqualTo("MailingCity");
                            assertThat(c.objects()).containsExactly("Contact", "Lead");
                        });
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerReadsButCannotChange() {
        assertThat(service.mappings()).isNotEmpty();
        assertThatThrownBy(() -> service.save(mapping("hs_country_region_code", "LeadSource")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.remove(1)).isInstanceOf(AccessDeniedException.class);
    }

    private static FieldMapping mapping(String hubSpot, String salesforce) {
        return new FieldMapping(
                0, hubSpot, salesforce, SyncRule.PREFER_SALESFORCE_UNLESS_BLANK, false, List.of());
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> rejected(
            ThrowingCallable call, Field field) {
        var thrown = assertThatThrownBy(call).isInstanceOf(MappingRejected.class);
        thrown.extracting(e -> ((MappingRejected) e).field()).isEqualTo(field);
        return thrown;
    }

    private static FieldMapping find(List<FieldMapping> mappings, String hubSpot) {
        return mappings.stream()
                .filter(m -> m.hubSpotProperty().equals(hubSpot))
                .findFirst()
                .orElseThrow();
    }

    private static SyncRule rule(List<FieldMapping> mappings, String hubSpot) {
        return find(mappings, hubSpot).rule();
    }
}
