package io.crmsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditActionTest {

    @ParameterizedTest
    @EnumSource(AuditAction.class)
    void everyActionHasASentenceForALabel(AuditAction action) {
        assertThat(action.label())
                .isNotBlank()
                .isNotEqualTo(action.name())
                .doesNotContain("_")
                .matches("[A-Z].*[a-z].*")
                .contains(" ");
        assertThat(AuditAction.labelOf(action.name())).isEqualTo(action.label());
    }

    @Test
    void noTwoActionsShareALabel() {
        assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::label))
                .doesNotHaveDuplicates();
    }

    @Test
    void theContactSettingsChangeReadsAsASentence() {
        assertThat(AuditAction.labelOf("CONTACT_SETTINGS_CHANGED"))
                .isEqualTo("Contact sync settings changed");
    }

    @Test
    void anActionNoLongerKnownIsStillShownAsWords() {
        assertThat(AuditAction.labelOf("MAPPINGS_IMPORTED")).isEqualTo("Mappings imported");
    }
}
