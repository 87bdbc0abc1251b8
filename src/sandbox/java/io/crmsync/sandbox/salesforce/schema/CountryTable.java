package io.crmsync.sandbox.salesforce.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** ISO countries and the subdivisions Salesforce ships as state picklist values. */
public final class CountryTable {

    record State(String code, String name) {}

    private static final Map<String, String> COUNTRIES = new LinkedHashMap<>();
    private static final Map<String, List<State>> STATES = new LinkedHashMap<>();

    static {
        String[][] countries = {
            {"US", "United States"}, {"CA", "Canada"}, {"GB", "United Kingdom"}, {"DE", "Germany"},
            {"FR", "France"}, {"AU", "Australia"}, {"NL", "Netherlands"}, {"ES", "Spain"},
            {"IT", "Italy"}, {"IE", "Ireland"}, {"CH", "Switzerland"}, {"AT", "Austria"},
            {"BE", "Belgium"}, {"SE", "Sweden"}, {"NO", "Norway"}, {"DK", "Denmark"},
            {"FI", "Finland"}, {"PL", "Poland"}, {"PT", "Portugal"}, {"JP", "Japan"},
            {"CN", "China"}, {"IN", "India"}, {"BR", "Brazil"}, {"MX", "Mexico"},
            {"NZ", "New Zealand"}, {"SG", "Singapore"}, {"ZA", "South Africa"}, {"NG", "Nigeria"}
        };
        for (String[] country : countries) {
            COUNTRIES.put(country[0], country[1]);
        }
        STATES.put(
                "US",
                states(
                        "AL:Alabama AK:Alaska AZ:Arizona AR:Arkansas CA:California CO:Colorado"
                                + " CT:Connecticut DE:Delaware DC:District_of_Columbia FL:Florida"
                                + " GA:Georgia HI:Hawaii ID:Idaho IL:Illinois IN:Indiana IA:Iowa"
                                + " KS:Kansas KY:Kentucky LA:Louisiana ME:Maine MD:Maryland"
                                + " MA:Massachusetts MI:Michigan MN:Minnesota MS:Mississippi"
                                + " MO:Missouri MT:Montana NE:Nebraska NV:Nevada NH:New_Hampshire"
                                + " NJ:New_Jersey NM:New_Mexico NY:New_York NC:North_Carolina"
                                + " ND:North_Dakota OH:Ohio OK:Oklahoma OR:Oregon PA:Pennsylvania"
                                + " RI:Rhode_Island SC:South_Carolina SD:South_Dakota TN:Tennessee"
                                + " TX:Texas UT:Utah VT:Vermont VA:Virginia WA:Washington"
                                + " WV:West_Virginia WI:Wisconsin WY:Wyoming"));
        STATES.put(
                "CA",
                states(
                        "AB:Alberta BC:British_Columbia MB:Manitoba NB:New_Brunswick"
                                + " NL:Newfoundland_and_Labrador NS:Nova_Scotia"
                                + " NT:Northwest_Territories NU:Nunavut ON:Ontario"
                                + " PE:Prince_Edward_Island QC:Quebec SK:Saskatchewan"
                                + " YT:Yukon_Territories"));
        STATES.put(
                "AU",
                states(
                        "ACT:Australian_Capital_Territory NSW:New_South_Wales NT:Northern_Territory"
                                + " QLD:Queensland SA:South_Australia TAS:Tasmania VIC:Victoria"
                                + " WA:Western_Australia"));
    }

    private CountryTable() {}

    private static List<State> states(String spec) {
        return java.util.Arrays.stream(spec.split(" "))
                .map(pair -> pair.split(":"))
                .map(pair -> new State(pair[0], pair[1].replace('_', ' ')))
                .toList();
    }

    public static List<String> countryCodes() {
        return List.copyOf(COUNTRIES.keySet());
    }

    public static List<String> stateCodes() {
        return STATES.values().stream().flatMap(List::stream).map(State::code).distinct().toList();
    }

    /** The integration value of a country in the given mode. */
    public static Optional<String> countryName(String code, StateCountryMode mode) {
        String name = COUNTRIES.get(code);
        if (name != null && mode == StateCountryMode.CUSTOMIZED) {
            name =
                    switch (code) {
                        case "US" -> "USA";
                        case "GB" -> "UK";
                        default -> name;
                    };
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
