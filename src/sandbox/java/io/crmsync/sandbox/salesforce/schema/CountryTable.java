package io.crmsync.sandbox.salesforce.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The State and Country/Territory Picklists a Salesforce org ships with: every ISO 3166 country,
 * named as Salesforce names it, and the states of the countries Salesforce lists states for ({@link
 * ShippedStates}). Codes are the picklist values; names are the integration values that the {@code
 * State} and {@code Country} text fields hold.
 */
public final class CountryTable {

    /** A state picklist value: its country's code, its own code and its name. */
    public record State(String country, String code, String name) {}

    // Salesforce keeps the ISO short names where the JDK has everyday ones.
    private static final Map<String, String> SALESFORCE_NAMES =
            Map.ofEntries(
                    Map.entry("BN", "Brunei Darussalam"),
                    Map.entry("BO", "Bolivia, Plurinational State of"),
                    Map.entry("CD", "Congo, the Democratic Republic of the"),
                    Map.entry("CG", "Congo"),
                    Map.entry("CI", "Cote d'Ivoire"),
                    Map.entry("HK", "Hong Kong"),
                    Map.entry("IR", "Iran, Islamic Republic of"),
                    Map.entry("KP", "Korea, Democratic People's Republic of"),
                    Map.entry("KR", "Korea, Republic of"),
                    Map.entry("LA", "Lao People's Democratic Republic"),
                    Map.entry("MD", "Moldova, Republic of"),
                    Map.entry("MK", "Macedonia, the former Yugoslav Republic of"),
                    Map.entry("MM", "Myanmar"),
                    Map.entry("MO", "Macao"),
                    Map.entry("PS", "Palestine"),
                    Map.entry("RU", "Russian Federation"),
                    Map.entry("SY", "Syrian Arab Republic"),
                    Map.entry("TZ", "Tanzania, United Republic of"),
                    Map.entry("VA", "Holy See (Vatican City State)"),
                    Map.entry("VE", "Venezuela, Bolivarian Republic of"),
                    Map.entry("VN", "Viet Nam"));

    // What an admin of a customized org changed: the integration values of two countries.
    private static final Map<String, String> CUSTOMIZED_NAMES = Map.of("US", "USA", "GB", "UK");

    private static final Map<String, String> COUNTRIES = new LinkedHashMap<>();
    private static final Map<String, List<State>> STATES = new LinkedHashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            COUNTRIES.put(code, SALESFORCE_NAMES.getOrDefault(code, jdkName(code)));
        }
        ShippedStates.LIST
                .lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.strip().split(" ", 3))
                .forEach(
                        cells ->
                                STATES.computeIfAbsent(cells[0], c -> new ArrayList<>())
                                        .add(new State(cells[0], cells[1], cells[2])));
    }

    private CountryTable() {}

    private static String jdkName(String code) {
        return Locale.of("", code)
                .getDisplayCountry(Locale.ENGLISH)
                .replace("St. ", "Saint ")
                .replace(" & ", " and ")
                .replace('’', '\'');
    }

    /** The country code picklist's values, in the order the describe lists them. */
    public static List<String> countryCodes() {
        return List.copyOf(COUNTRIES.keySet());
    }

    /** Every state picklist entry, country by country. */
    public static List<State> states() {
        return STATES.values().stream().flatMap(List::stream).toList();
    }

    public static List<String> stateCodes() {
        return states().stream().map(State::code).distinct().toList();
    }

    /** The integration value of a country in the given mode. */
    public static Optional<String> countryName(String code, StateCountryMode mode) {
        String name = COUNTRIES.get(code);
        if (name != null && mode == StateCountryMode.CUSTOMIZED) {
            name = CUSTOMIZED_NAMES.getOrDefault(code, name);
        }
        return Optional.ofNullable(name);
    }

    public static Optional<String> countryCode(String name, StateCountryMode mode) {
        return COUNTRIES.keySet().stream()
                .filter(code -> countryName(code, mode).orElseThrow().equals(name))
                .findFirst();
    }

    /** Whether a country has state picklist values at all. */
    public static boolean hasStates(String countryCode) {
        return STATES.containsKey(countryCode);
    }

    public static Optional<String> stateName(String countryCode, String stateCode) {
        return STATES.getOrDefault(countryCode, List.of()).stream()
                .filter(s -> s.code().equals(stateCode))
                .map(State::name)
                .findFirst();
    }

    public static Optional<String> stateCode(String countryCode, String stateName) {
        return STATES.getOrDefault(countryCode, List.of()).stream()
                .filter(s -> s.name().equals(stateName))
                .map(State::code)
                .findFirst();
    }
}
