package io.crmsync.settings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeCompatibilityTest {

    @Test
    void eachHubSpotTypeMapsToItsSalesforceFamily() {
        assertThat(TypeCompatibility.problem("enumeration", "select", "picklist")).isEmpty();
        assertThat(TypeCompatibility.problem("enumeration", "radio", "picklist")).isEmpty();
        assertThat(TypeCompatibility.problem("enumeration", "checkbox", "multipicklist")).isEmpty();
        assertThat(TypeCompatibility.problem("enumeration", "booleancheckbox", "boolean"))
                .isEmpty();
        assertThat(TypeCompatibility.problem("bool", null, "boolean")).isEmpty();
        assertThat(TypeCompatibility.problem("number", null, "currency")).isEmpty();
        assertThat(TypeCompatibility.problem("number", null, "int")).isEmpty();
        assertThat(TypeCompatibility.problem("string", null, "textarea")).isEmpty();
        assertThat(TypeCompatibility.problem("string", null, "email")).isEmpty();
        assertThat(TypeCompatibility.problem("date", null, "datetime")).isEmpty();
        assertThat(TypeCompatibility.problem("datetime", null, "date")).isEmpty();
    }

    @Test
    void mismatchedTypesAreExplained() {
        assertThat(TypeCompatibility.problem("enumeration", "select", "multipicklist"))
                .hasValueSatisfying(p -> assertThat(p).contains("dropdown").contains("picklist"));
        assertThat(TypeCompatibility.problem("enumeration", "checkbox", "picklist"))
                .hasValueSatisfying(p -> assertThat(p).contains("a multi-select picklist field"));
        assertThat(TypeCompatibility.problem("string", null, "picklist"))
                .hasValueSatisfying(p -> assertThat(p).contains("text").contains("picklist"));
        assertThat(TypeCompatibility.problem("number", null, "string")).isPresent();
        assertThat(TypeCompatibility.problem("bool", null, "string")).isPresent();
        assertThat(TypeCompatibility.problem("datetime", null, "string")).isPresent();
    }

    @Test
    void typesAreNamedInWordsWithTheRightArticle() {
        assertThat(TypeCompatibility.problem("string", null, "int"))
                .contains(
                        "A HubSpot text property can only map to an email, long-text, phone, text"
                                + " or web-address field in Salesforce, not to a whole-number"
                                + " field.");
        assertThat(TypeCompatibility.problem("number", null, "email"))
                .hasValueSatisfying(p -> assertThat(p).endsWith("not to an email field."));
    }
}
