package io.crmsync.sync.internal;

import static io.crmsync.sync.ContactSettings.HubSpotStateValues.MATCH_SALESFORCE_DEFAULTS;
import static io.crmsync.sync.ContactSettings.HubSpotStateValues.SEND_AS_IS;
import static io.crmsync.sync.ContactSettings.SalesforceStatePicklist.CUSTOMIZED;
import static io.crmsync.sync.ContactSettings.SalesforceStatePicklist.DISABLED;
import static io.crmsync.sync.ContactSettings.SalesforceStatePicklist.ENABLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.crmsync.convert.AddressResult;
import io.crmsync.convert.ConversionFailure;
import io.crmsync.convert.HubSpotAddress;
import io.crmsync.spi.ErrorType;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateCountryConverterTest {

    private static final List<String> DEFAULT_COUNTRIES = List.of("US", "CA", "GB", "DE", "AU");
    private static final List<String> DEFAULT_STATES = List.of("CA", "NY", "QC", "ON", "WA");
    private static final List<String> CUSTOM_COUNTRIES = List.of("USA", "CA", "UK", "DE");

    @Test
    void disabledAndMatchingWritesTheStandardFullNames() {
        AddressResult result =
                StateCountryConverter.toSalesforce(
                        "CA", "usa", DISABLED, MATCH_SALESFORCE_DEFAULTS, List.of(), List.of());

        assertThat(result.ok()).isTrue();
        assertThat(result.values())
                .containsExactly(entry("State", "California"), entry("Country", "United States"));
    }

    @Test
    void disabledAndMatchingKeepsWhatItDoesNotRecognise() {
        AddressResult result =
                StateCountryConverter.toSalesforce(
                        "Bavaria", "Atlantis", DISABLED, MATCH_SALESFORCE_DEFAULTS, null, null);

        assertThat(result.values())
                .containsExactly(entry("State", "Bavaria"), entry("Country", "Atlantis"));
    }

    @Test
    void disabledAndSendingAsIsWritesTheValuesUnchanged() {
        AddressResult result =
                StateCountryConverter.toSalesforce(
                        "calif.", "U.S.", DISABLED, SEND_AS_IS, List.of(), List.of());

        assertThat(result.values())
                .containsExactly(entry("State", "calif."), entry("Country", "U.S."));
    }

    @Test
    void enabledAndMatchingWritesTheIsoCodes() {
        AddressResult result =
                StateCountryConverter.toSalesforce(
                        "California",
                        "United States",
                        ENABLED,
                        MATCH_SALESFORCE_DEFAULTS,
                        DEFAULT_COUNTRIES,
                        DEFAULT_STATES);

        assertThat(result.values())
                .containsExactly(entry("StateCode", "CA"), entry("CountryCode", "US"));
    }

    @Test
    void enabledAndMatchingIgnoresCaseAndAccents() {
        AddressResult result =
                StateCountryConverter.toSalesforce(
                        "québec",
                        "canada",
                        ENABLED,
                        MATCH_SALESFORCE_DEFAULTS,
                        DEFAULT_COUNTRIES,
                        DEFAULT_STATES);

        assertThat(result.values())
                .containsExactly(entry("StateCode", "QC"), entry("CountryCode", "CA"));
    }

    @Test
    void enabledAndSendingAsIsWritesTheValuesIntoTheCodeFields() {
        AddressResult result =
                StateCountryConverter.toSalesforce(
                        "NY", "US", ENABLED, SEND_AS_IS, DEFAULT_COUNTRIES, DEFAULT_STATES);

        assertThat(result.values())
                .containsExactly(entry("StateCode", "NY"), entry("CountryCode", "US"));
    }

    @Test
    void enabledAndSendingAsIsWritesANameIntoTheTextFieldForSalesforceToCheck() {
        AddressResult result =
                StateCountryConverter.toSalesforce(
                        "California", "US", ENABLED, SEND_AS_IS, DEFAULT_COUNTRIES, DEFAULT_STATES);

        assertThat(result.ok()).isTrue();
        assertThat(result.values())
                .containsExactly(entry("State", "California"), entry("CountryCode", "US"));
    }

    @Test
    void matchingUnderstandsTheUsualAbbreviationsOfStates() {
        AddressResult enabled =
                StateCountryConverter.toSalesforce(
                        "Calif.",
                        "United States",
                        ENABLED,
                        MATCH_SALESFORCE_DEFAULTS,
                        DEFAULT_COUNTRIES,
                        DEFAULT_STATES);
        AddressResult disabled =
                StateCountryConverter.toSalesforce(
                        "Calif.", "U.S.", DISABLED, MATCH_SALESFORCE_DEFAULTS, null, null);

        assertThat(enabled.values())
                .containsExactly(entry("StateCode", "CA"), entry("CountryCode", "US"));
        assertThat(disabled.values())
                .containsExactly(entry("State", "California"), entry("Country", "United States"));
    }

    @Test
    void customizedAndMatchingWritesTheOrgsOwnFormOfTheCountry() {
        AddressResult us =
                StateCountryConverter.toSalesforce(
                        "California",
                        "United States",
                        CUSTOMIZED,
                        MATCH_SALESFORCE_DEFAULTS,
                        CUSTOM_COUNTRIES,
                        DEFAULT_STATES);
        AddressResult uk =
                StateCountryConverter.toSalesforce(
                        "",
                        "GB",
                        CUSTOMIZED,
                        MATCH_SALESFORCE_DEFAULTS,
                        CUSTOM_COUNTRIES,
                        DEFAULT_STATES);

        assertThat(us.values())
                .containsExactly(entry("StateCode", "CA"), entry("CountryCode", "USA"));
        assertThat(uk.values())
                .containsExactly(entry("StateCode", null), entry("CountryCode", "UK"));
    }

    @Test
    void customizedAndMatchingRefusesACountryTheOrgDoesNotHave() {
        AddressResult result =
                StateCountryConverter.toSalesforce(
                        null,
                        "France",
                        CUSTOMIZED,
                        MATCH_SALESFORCE_DEFAULTS,
                        CUSTOM_COUNTRIES,
                        DEFAULT_STATES);

        assertThat(result.failure().field()).isEqualTo("country");
        assertThat(result.failure().message()).contains("\"France\"", "not active");
    }

    @Test
    void customizedAndSendingAsIsLeavesAValueThatIsNotAnOrgCodeToSalesforce() {
        AddressResult code =
                StateCountryConverter.toSalesforce(
                        "CA", "USA", CUSTOMIZED, SEND_AS_IS, CUSTOM_COUNTRIES, DEFAULT_STATES);
        AddressResult text =
                StateCountryConverter.toSalesforce(
                        "CA", "US", CUSTOMIZED, SEND_AS_IS, CUSTOM_COUNTRIES, DEFAULT_STATES);

        assertThat(code.values())
                .containsExactly(entry("StateCode", "CA"), entry("CountryCode", "USA"));
        assertThat(text.values()).containsExactly(entry("StateCode", "CA"), entry("Country", "US"));
    }

    @Test
    void aStateWithoutACountryIsRefusedWhenPicklistsAreOn() {
        for (var hsMode : List.of(MATCH_SALESFORCE_DEFAULTS, SEND_AS_IS)) {
            AddressResult result =
                    StateCountryConverter.toSalesforce(
                            "CA", " ", ENABLED, hsMode, DEFAULT_COUNTRIES, DEFAULT_STATES);

            assertThat(result.failure().code()).isEqualTo("STATE_WITHOUT_COUNTRY");
            assertThat(result.failure().field()).isEqualTo("state");
            assertThat(result.failure().message()).contains("A state needs a country");
        }
    }

    @Test
    void anUnknownValueIsRefusedWithAnExplanation() {
        AddressResult country =
                StateCountryConverter.toSalesforce(
                        null, "Atlantis", ENABLED, MATCH_SALESFORCE_DEFAULTS, List.of(), List.of());
        AddressResult state =
                StateCountryConverter.toSalesforce(
                        "Narnia", "US", ENABLED, MATCH_SALESFORCE_DEFAULTS, List.of(), List.of());

        assertThat(country.failure())
                .extracting(
                        ConversionFailure::type, ConversionFailure::field, ConversionFailure::value)
                .containsExactly(ErrorType.PICKLIST_VALUES, "country", "Atlantis");
        assertThat(state.failure().field()).isEqualTo("state");
        assertThat(state.failure().message())
                .contains("\"Narnia\"", "United States", "value translation");
    }

    @Test
    void blankStateAndCountryClearTheFields() {
        AddressResult enabled =
                StateCountryConverter.toSalesforce(
                        "",
                        null,
                        ENABLED,
                        MATCH_SALESFORCE_DEFAULTS,
                        DEFAULT_COUNTRIES,
                        DEFAULT_STATES);
        AddressResult disabled =
                StateCountryConverter.toSalesforce(null, "  ", DISABLED, SEND_AS_IS, null, null);

        assertThat(enabled.values())
                .containsExactly(entry("StateCode", null), entry("CountryCode", null));
        assertThat(disabled.values()).containsExactly(entry("State", null), entry("Country", null));
    }

    @Test
    void toHubSpotMatchingGivesFullNames() {
        assertThat(
                        StateCountryConverter.toHubSpot(
                                "California",
                                "CA",
                                "United States",
                                "US",
                                MATCH_SALESFORCE_DEFAULTS))
                .isEqualTo(new HubSpotAddress("California", "United States"));
        assertThat(
                        StateCountryConverter.toHubSpot(
                                null, "CA", null, "US", MATCH_SALESFORCE_DEFAULTS))
                .isEqualTo(new HubSpotAddress("California", "United States"));
        assertThat(
                        StateCountryConverter.toHubSpot(
                                "NY", null, "USA", null, MATCH_SALESFORCE_DEFAULTS))
                .isEqualTo(new HubSpotAddress("New York", "United States"));
        assertThat(
                        StateCountryConverter.toHubSpot(
                                null, null, "UK", "UK", MATCH_SALESFORCE_DEFAULTS))
                .isEqualTo(new HubSpotAddress(null, "United Kingdom"));
    }

    @Test
    void toHubSpotMatchingKeepsWhatItDoesNotRecognise() {
        assertThat(
                        StateCountryConverter.toHubSpot(
                                "Bavaria", null, "Atlantis", null, MATCH_SALESFORCE_DEFAULTS))
                .isEqualTo(new HubSpotAddress("Bavaria", "Atlantis"));
    }

    @Test
    void toHubSpotAsIsGivesTheTextValuesThenTheCodes() {
        assertThat(StateCountryConverter.toHubSpot("Calif.", "CA", "USA", "US", SEND_AS_IS))
                .isEqualTo(new HubSpotAddress("Calif.", "USA"));
        assertThat(StateCountryConverter.toHubSpot("", "CA", null, "US", SEND_AS_IS))
                .isEqualTo(new HubSpotAddress("CA", "US"));
        assertThat(StateCountryConverter.toHubSpot(null, null, null, null, SEND_AS_IS))
                .isEqualTo(new HubSpotAddress(null, null));
    }
}
