package io.crmsync.sync.internal;

import io.crmsync.convert.AddressResult;
import io.crmsync.convert.ConversionFailure;
import io.crmsync.convert.Country;
import io.crmsync.convert.HubSpotAddress;
import io.crmsync.convert.IsoRegions;
import io.crmsync.convert.Subdivision;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.ContactSettings.HubSpotStateValues;
import io.crmsync.sync.ContactSettings.SalesforceStatePicklist;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Converts state and country values between HubSpot's free text and Salesforce's address fields
 * (PRODUCT.md S13). Results name fields by their address suffix; the caller adds the prefix ({@code
 * Mailing}, {@code Billing} or none).
 */
public final class StateCountryConverter {

    public static final String STATE = "State";
    public static final String COUNTRY = "Country";
    public static final String STATE_CODE = "StateCode";
    public static final String COUNTRY_CODE = "CountryCode";

    private StateCountryConverter() {}

    /**
     * The values to write to Salesforce for a HubSpot state and country.
     *
     * @param orgCountryCodes the org's active country codes from describe; empty when unknown
     * @param orgStateCodes the org's active state codes from describe; empty when unknown
     */
    public static AddressResult toSalesforce(
            String hsState,
            String hsCountry,
            SalesforceStatePicklist sfMode,
            HubSpotStateValues hsMode,
            List<String> orgCountryCodes,
            List<String> orgStateCodes) {
        String state = blankToNull(hsState);
        String country = blankToNull(hsCountry);
        boolean match = hsMode == HubSpotStateValues.MATCH_SALESFORCE_DEFAULTS;
        List<String> countryCodes = orgCountryCodes == null ? List.of() : orgCountryCodes;
        List<String> stateCodes = orgStateCodes == null ? List.of() : orgStateCodes;
        if (sfMode == SalesforceStatePicklist.DISABLED) {
            if (!match) {
                return AddressResult.write(STATE, state, COUNTRY, country);
            }
            Optional<Country> known = IsoRegions.country(country);
            return AddressResult.write(
                    STATE,
                    known.flatMap(c -> IsoRegions.subdivision(c.alpha2(), state))
                            .map(Subdivision::name)
                            .orElse(state),
                    COUNTRY,
                    known.map(Country::name).orElse(country));
        }
        if (state == null && country == null) {
            return AddressResult.write(STATE_CODE, null, COUNTRY_CODE, null);
        }
        if (country == null) {
            return AddressResult.failed(
                    failure(
                            "STATE_WITHOUT_COUNTRY",
                            "A state needs a country: Salesforce refuses the state \""
                                    + state
                                    + "\" without one. Add the country to the contact in"
                                    + " HubSpot.",
                            "state",
                            state));
        }
        return match
                ? matched(state, country, countryCodes, stateCodes)
                : asIs(state, country, countryCodes, stateCodes);
    }

    /**
     * Salesforce takes a code in a code field and an integration value in a text field. Sent as
     * they are, a value that is one of the org's codes goes to the code field and anything else to
     * the text field, where Salesforce checks it against the org's integration values.
     */
    private static AddressResult asIs(
            String state, String country, List<String> countryCodes, List<String> stateCodes) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, state, stateCodes, STATE_CODE, STATE);
        put(values, country, countryCodes, COUNTRY_CODE, COUNTRY);
        return new AddressResult(values, null);
    }

    private static void put(
            Map<String, String> values,
            String value,
            List<String> codes,
            String codeField,
            String textField) {
        if (value == null) {
            values.put(codeField, null);
            values.put(textField, null);
        } else {
            values.put(codes.contains(value) ? codeField : textField, value);
        }
    }

    private static AddressResult matched(
            String state, String country, List<String> countryCodes, List<String> stateCodes) {
        Country known = IsoRegions.country(country).orElse(null);
        String countryCode =
                known == null
                        ? exact(countryCodes, country)
                        : pick(
                                known.alpha2(),
                                countryCodes,
                                code -> IsoRegions.country(code).filter(known::equals).isPresent());
        if (countryCode == null) {
            return AddressResult.failed(
                    known == null
                            ? unknown("country", country, "a country")
                            : inactive("country", country, known.name()));
        }
        if (state == null) {
            return AddressResult.write(STATE_CODE, null, COUNTRY_CODE, countryCode);
        }
        String alpha2 = known == null ? countryCode : known.alpha2();
        Subdivision sub = IsoRegions.subdivision(alpha2, state).orElse(null);
        String stateCode =
                sub == null
                        ? exact(stateCodes, state)
                        : pick(
                                sub.code(),
                                stateCodes,
                                code ->
                                        IsoRegions.subdivision(alpha2, code)
                                                .filter(sub::equals)
                                                .isPresent());
        if (stateCode == null) {
            String countryName = known == null ? country : known.name();
            return AddressResult.failed(
                    sub == null
                            ? unknown("state", state, "a state of " + countryName)
                            : inactive("state", state, sub.name() + ", " + countryName));
        }
        return AddressResult.write(STATE_CODE, stateCode, COUNTRY_CODE, countryCode);
    }

    /** The preferred code when the org's list is unknown or has it, else the org's own form. */
    private static String pick(
            String preferred, List<String> orgCodes, Predicate<String> sameRegion) {
        if (orgCodes.isEmpty()) {
            return preferred;
        }
        String exact = exact(orgCodes, preferred);
        return exact != null
                ? exact
                : orgCodes.stream().filter(sameRegion).findFirst().orElse(null);
    }

    private static String exact(List<String> orgCodes, String value) {
        return orgCodes.stream()
                .filter(code -> code.equalsIgnoreCase(value))
                .findFirst()
                .orElse(null);
    }

    /**
     * What HubSpot's state and country should hold for a Salesforce address. Matching gives the
     * standard full names; sending as is gives Salesforce's text values, or its codes when the text
     * is blank.
     */
    public static HubSpotAddress toHubSpot(
            String sfState,
            String sfStateCode,
            String sfCountry,
            String sfCountryCode,
            HubSpotStateValues hsMode) {
        String state = firstNonBlank(sfState, sfStateCode);
        String country = firstNonBlank(sfCountry, sfCountryCode);
        if (hsMode != HubSpotStateValues.MATCH_SALESFORCE_DEFAULTS) {
            return new HubSpotAddress(state, country);
        }
        Optional<Country> known =
                IsoRegions.country(sfCountryCode).or(() -> IsoRegions.country(sfCountry));
        Optional<Subdivision> sub =
                known.flatMap(
                        c ->
                                IsoRegions.subdivision(c.alpha2(), sfStateCode)
                                        .or(() -> IsoRegions.subdivision(c.alpha2(), sfState)));
        return new HubSpotAddress(
                sub.map(Subdivision::name).orElse(state), known.map(Country::name).orElse(country));
    }

    private static ConversionFailure unknown(String field, String value, String what) {
        return failure(
                "INVALID_" + field.toUpperCase(Locale.ROOT),
                "The "
                        + field
                        + " \""
                        + value
                        + "\" is not recognised as "
                        + what
                        + " and is not in Salesforce's "
                        + field
                        + " picklist. Correct the contact in HubSpot or add a value translation.",
                field,
                value);
    }

    private static ConversionFailure inactive(String field, String value, String region) {
        return failure(
                "INVALID_" + field.toUpperCase(Locale.ROOT),
                "The "
                        + field
                        + " \""
                        + value
                        + "\" is "
                        + region
                        + ", which is not active in Salesforce's "
                        + field
                        + " picklist. Activate it in Salesforce's State and Country/Territory"
                        + " Picklists setup, or correct the contact in HubSpot.",
                field,
                value);
    }

    private static ConversionFailure failure(
            String code, String message, String field, String value) {
        return new ConversionFailure(ErrorType.PICKLIST_VALUES, code, message, field, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstNonBlank(String text, String code) {
        String value = blankToNull(text);
        return value != null ? value : blankToNull(code);
    }
}
