package io.crmsync.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FieldSchema;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueConverterTest {

    private static final List<ValueTranslation> NONE = List.of();

    private static FieldSchema field(String type) {
        return field(type, 0, List.of(), false);
    }

    private static FieldSchema field(
            String type, int length, List<String> options, boolean restricted) {
        return new FieldSchema(
                "Field__c",
                "Field",
                type,
                length,
                false,
                true,
                false,
                options,
                restricted,
                List.of());
    }

    private static ConversionFailure failureOf(Runnable conversion) {
        return catchThrowableOfType(ConversionException.class, conversion::run).failure();
    }

    @Test
    void blankValuesBecomeNullBothWays() {
        assertThat(ValueConverter.toSalesforce("", field("string"), field("string"), NONE))
                .isNull();
        assertThat(ValueConverter.toSalesforce(null, field("number"), field("double"), NONE))
                .isNull();
        assertThat(ValueConverter.toHubSpot("  ", field("string"), field("string"), NONE)).isNull();
    }

    @Test
    void booleansAreJsonBooleansInSalesforceAndStringsInHubSpot() {
        assertThat(ValueConverter.toSalesforce("true", field("bool"), field("boolean"), NONE))
                .isEqualTo(Boolean.TRUE);
        assertThat(ValueConverter.toSalesforce("FALSE", field("bool"), field("boolean"), NONE))
                .isEqualTo(Boolean.FALSE);
        assertThat(ValueConverter.toHubSpot(true, field("boolean"), field("bool"), NONE))
                .isEqualTo("true");
    }

    @Test
    void aBooleanThatIsNotTrueOrFalseIsAPropertyValueFailure() {
        ConversionFailure failure =
                failureOf(
                        () ->
                                ValueConverter.toSalesforce(
                                        "maybe", field("bool"), field("boolean"), NONE));

        assertThat(failure.type()).isEqualTo(ErrorType.PROPERTY_VALUES);
        assertThat(failure.code()).isEqualTo("INVALID_BOOLEAN");
        assertThat(failure.value()).isEqualTo("maybe");
        assertThat(failure.message()).contains("\"maybe\"", "Field (Field__c)");
    }

    @Test
    void numbersBecomeDecimalsOrWholeNumbersForSalesforce() {
        assertThat(ValueConverter.toSalesforce("12.50", field("number"), field("currency"), NONE))
                .isEqualTo(new BigDecimal("12.50"));
        assertThat(ValueConverter.toSalesforce("42.0", field("number"), field("int"), NONE))
                .isEqualTo(42);
        assertThat(
                        failureOf(
                                        () ->
                                                ValueConverter.toSalesforce(
                                                        "4.5", field("number"), field("int"), NONE))
                                .code())
                .isEqualTo("INVALID_NUMBER");
        assertThat(
                        failureOf(
                                        () ->
                                                ValueConverter.toSalesforce(
                                                        "abc",
                                                        field("number"),
                                                        field("double"),
                                                        NONE))
                                .type())
                .isEqualTo(ErrorType.PROPERTY_VALUES);
    }

    @Test
    void numbersBecomePlainDecimalStringsForHubSpot() {
        assertThat(ValueConverter.toHubSpot(5.0, field("double"), field("number"), NONE))
                .isEqualTo("5");
        assertThat(ValueConverter.toHubSpot(1.0E7, field("double"), field("number"), NONE))
                .isEqualTo("10000000");
        assertThat(ValueConverter.toHubSpot(0.25, field("percent"), field("number"), NONE))
                .isEqualTo("0.25");
    }

    @Test
    void datesAndDateTimesUseEachSidesWireForm() {
        assertThat(ValueConverter.toHubSpot("2024-01-15", field("date"), field("date"), NONE))
                .isEqualTo("2024-01-15");
        assertThat(
                        ValueConverter.toHubSpot(
                                "2024-01-15T10:00:00.000+0000",
                                field("datetime"),
                                field("datetime"),
                                NONE))
                .isEqualTo("2024-01-15T10:00:00Z");
        assertThat(
                        ValueConverter.toSalesforce(
                                "2024-01-15T10:00:00Z", field("datetime"), field("datetime"), NONE))
                .isEqualTo("2024-01-15T10:00:00.000Z");
        assertThat(
                        ValueConverter.toSalesforce(
                                "2024-01-15T23:30:00-05:00",
                                field("datetime"),
                                field("date"),
                                NONE))
                .isEqualTo("2024-01-16");
        assertThat(ValueConverter.toSalesforce("1705276800000", field("date"), field("date"), NONE))
                .isEqualTo("2024-01-15");
    }

    @Test
    void anUnreadableDateIsAPropertyValueFailure() {
        ConversionFailure failure =
                failureOf(
                        () ->
                                ValueConverter.toSalesforce(
                                        "15/01/2024", field("date"), field("date"), NONE));

        assertThat(failure.type()).isEqualTo(ErrorType.PROPERTY_VALUES);
        assertThat(failure.code()).isEqualTo("INVALID_DATE");
        assertThat(
                        failureOf(
                                        () ->
                                                ValueConverter.toSalesforce(
                                                        "2024-02-30",
                                                        field("date"),
                                                        field("date"),
                                                        NONE))
                                .code())
                .isEqualTo("INVALID_DATE");
    }

    @Test
    void picklistValuesGoThroughTheTranslationTableIgnoringCase() {
        List<ValueTranslation> translations =
                List.of(
                        new ValueTranslation("tech", "Technology"),
                        new ValueTranslation("finance", "Banking"));
        FieldSchema industry = field("picklist", 255, List.of("Technology", "Banking"), true);

        assertThat(
                        ValueConverter.toSalesforce(
                                "TECH", field("enumeration"), industry, translations))
                .isEqualTo("Technology");
        assertThat(
                        ValueConverter.toHubSpot(
                                "banking",
                                industry,
                                field("enumeration", 0, List.of("tech", "finance"), true),
                                translations))
                .isEqualTo("finance");
    }

    @Test
    void multiSelectValuesAreTranslatedOneByOne() {
        List<ValueTranslation> translations =
                List.of(new ValueTranslation("a", "Alpha"), new ValueTranslation("b", "Beta"));

        assertThat(
                        ValueConverter.toSalesforce(
                                "a;b;gamma",
                                field("enumeration"),
                                field(
                                        "multipicklist",
                                        4099,
                                        List.of("Alpha", "Beta", "Gamma"),
                                        true),
                                translations))
                .isEqualTo("Alpha;Beta;Gamma");
        assertThat(
                        ValueConverter.toHubSpot(
                                "Alpha;Beta",
                                field("multipicklist"),
                                field("enumeration", 0, List.of("a", "b"), true),
                                translations))
                .isEqualTo("a;b");
    }

    @Test
    void aValueOutsideARestrictedPicklistIsAPicklistFailure() {
        FieldSchema restricted = field("picklist", 255, List.of("Technology"), true);
        ConversionFailure failure =
                failureOf(
                        () ->
                                ValueConverter.toSalesforce(
                                        "Farming", field("enumeration"), restricted, NONE));

        assertThat(failure.type()).isEqualTo(ErrorType.PICKLIST_VALUES);
        assertThat(failure.field()).isEqualTo("Field__c");
        assertThat(failure.value()).isEqualTo("Farming");
        assertThat(failure.message()).contains("\"Farming\"", "value translation");
        assertThat(
                        ValueConverter.toSalesforce(
                                "Farming",
                                field("enumeration"),
                                field("picklist", 255, List.of("Technology"), false),
                                NONE))
                .isEqualTo("Farming");
    }

    @Test
    void aValueOutsideAHubSpotEnumerationsOptionsIsAPicklistFailure() {
        ConversionFailure failure =
                failureOf(
                        () ->
                                ValueConverter.toHubSpot(
                                        "Gold",
                                        field("picklist"),
                                        field("enumeration", 0, List.of("silver"), false),
                                        NONE));

        assertThat(failure.type()).isEqualTo(ErrorType.PICKLIST_VALUES);
        assertThat(failure.value()).isEqualTo("Gold");
    }

    @Test
    void textLongerThanTheSalesforceFieldIsRefusedNamingTheLength() {
        FieldSchema title = field("string", 10, List.of(), false);
        ConversionFailure failure =
                failureOf(
                        () ->
                                ValueConverter.toSalesforce(
                                        "Chief Revenue Officer", field("string"), title, NONE));

        assertThat(failure.type()).isEqualTo(ErrorType.PROPERTY_VALUES);
        assertThat(failure.code()).isEqualTo("STRING_TOO_LONG");
        assertThat(failure.message()).contains("at most 10", "21 characters");
        assertThat(ValueConverter.toSalesforce("CRO", field("string"), title, NONE))
                .isEqualTo("CRO");
    }

    @Test
    void withTruncationLongTextIsCutToTheFieldsLengthAndPicklistsAreNot() {
        FieldSchema title = field("string", 10, List.of(), false);
        assertThat(
                        ValueConverter.toSalesforce(
                                "Chief Revenue Officer", field("string"), title, NONE, true))
                .isEqualTo("Chief Reve");
        assertThat(ValueConverter.toSalesforce("CRO", field("string"), title, NONE, true))
                .isEqualTo("CRO");
        assertThat(ValueConverter.toHubSpot("Chief Revenue Officer", title, title, NONE, true))
                .isEqualTo("Chief Reve");
        FieldSchema level = field("picklist", 3, List.of("Top"), true);
        assertThat(failureOf(() -> ValueConverter.toSalesforce("Topmost", null, level, NONE, true)))
                .extracting(ConversionFailure::code)
                .isEqualTo("INVALID_PICKLIST_VALUE");
    }

    @Test
    void truncationNeverSplitsASurrogatePair() {
        assertThat(ValueConverter.truncated("ab\uD83D\uDE00cd", 3)).isEqualTo("ab");
        assertThat(ValueConverter.truncated("abc", 0)).isEqualTo("abc");
        assertThat(ValueConverter.truncated(null, 3)).isNull();
    }

    @Test
    void canonicalFormsMatchAcrossTheTwoSides() {
        assertThat(ValueConverter.canonical("5")).isEqualTo(ValueConverter.canonical(5.0));
        assertThat(ValueConverter.canonical("12.50")).isEqualTo("12.5");
        assertThat(ValueConverter.canonical(Boolean.TRUE)).isEqualTo("true");
        assertThat(ValueConverter.canonical("TRUE")).isEqualTo("true");
        assertThat(ValueConverter.canonical("2024-01-15T10:00:00.000+0000"))
                .isEqualTo("2024-01-15T10:00:00Z")
                .isEqualTo(ValueConverter.canonical("2024-01-15T11:00:00+01:00"));
        assertThat(ValueConverter.canonical("2024-01-15")).isEqualTo("2024-01-15");
        assertThat(ValueConverter.canonical("b; a;")).isEqualTo("a;b");
        assertThat(ValueConverter.canonical(List.of("b", "a"))).isEqualTo("a;b");
        assertThat(ValueConverter.canonical("  Acme ")).isEqualTo("Acme");
        assertThat(ValueConverter.canonical(" ")).isNull();
        assertThat(ValueConverter.canonical(null)).isNull();
    }

    @Test
    void canonicalFormsKeepDifferentValuesApart() {
        assertThat(ValueConverter.canonical("0123")).isEqualTo("0123");
        assertThat(ValueConverter.canonical("5.1")).isNotEqualTo(ValueConverter.canonical(5));
        assertThat(ValueConverter.canonical("acme")).isNotEqualTo(ValueConverter.canonical("Acme"));
    }
}
