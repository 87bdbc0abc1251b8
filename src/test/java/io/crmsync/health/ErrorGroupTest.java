package io.crmsync.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.ErrorType;
import io.crmsync.sync.ErrorAdvice;
import org.junit.jupiter.api.Test;

/** Every root-cause group names its cause in words, never as "CONFLICT on no field". */
class ErrorGroupTest {

    @Test
    void duplicatesAreNamedByTheirCauseNotByAnEmailAddress() {
        assertThat(group(ErrorType.DUPLICATES, "DUPLICATE_EMAIL", "Email", null).cause())
                .isEqualTo("Email address already used by another record");
        assertThat(
                        group(
                                        ErrorType.DUPLICATES,
                                        "DUPLICATES_DETECTED",
                                        "",
                                        "Standard_Contact_Duplicate_Rule")
                                .cause())
                .isEqualTo(
                        "Blocked by the Salesforce duplicate rule Standard_Contact_Duplicate_Rule");
        assertThat(group(ErrorType.DUPLICATES, "CONFLICT", "", null).cause())
                .isEqualTo("The record already exists in the other CRM");
    }

    @Test
    void otherGroupsAreNamedByTheirExplanationFieldAndValue() {
        assertThat(group(ErrorType.PICKLIST_VALUES, "INVALID_STATE", "State", "Bavaria").cause())
                .isEqualTo(
                        "Salesforce's state picklist does not know this state (State \"Bavaria\")");
        assertThat(
                        group(ErrorType.CUSTOM_CODE, "FIELD_CUSTOM_VALIDATION_EXCEPTION", "", null)
                                .cause())
                .isEqualTo(
                        "A validation rule in Salesforce refused the record; the message is the"
                                + " rule's own");
    }

    private static ErrorGroup group(ErrorType type, String code, String field, String value) {
        return new ErrorGroup(type, code, field, value, 2, 2, ErrorAdvice.of(type, code));
    }
}
