package io.crmsync.settings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SyncRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit log shows settings and mappings in the form's words, never as constants. */
class AuditStatesTest {

    @Test
    void aMappingReadsWithItsRuleInWords() {
        FieldMapping phone =
                new FieldMapping(
                        7,
                        "phone",
                        "Phone",
                        SyncRule.PREFER_SALESFORCE_UNLESS_BLANK,
                        true,
                        List.of(),
                        true,
                        null);

        assertThat(MappingRules.state(phone))
                .containsEntry("Sync rule", "Prefer Salesforce unless blank")
                .containsEntry("Truncate long text", "On")
                .containsEntry("Default mapping", "Yes");
        assertThat(MappingRules.state(phone).toString())
                .doesNotContain("PREFER_SALESFORCE_UNLESS_BLANK");
    }

    @Test
    void contactSettingsReadAsTheFormSaysThem() {
        var state = SettingsDiff.auditState(ContactSettings.DEFAULTS);

        assertThat(state.keySet()).allMatch(key -> Character.isUpperCase(key.charAt(0)));
        assertThat(state.values())
                .allMatch(v -> v == null || !v.toString().matches("[A-Z_]{3,}"), "no constant");
    }
}
