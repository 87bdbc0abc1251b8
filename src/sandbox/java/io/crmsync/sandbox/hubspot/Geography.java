package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of the state and country dropdowns ({@code hs_state_code}, {@code
 * hs_country_region_code}).
 */
final class Geography {

    private static final String[] COUNTRIES = {
        "US:United States",
        "CA:Canada",
        "GB:United Kingdom",
        "DE:Germany",
        "FR:France",
        "AU:Australia",
        "IE:Ireland",
        "NL:Netherlands",
        "ES:Spain",
        "IT:Italy",
        "SE:Sweden",
        "CH:Switzerland",
        "AT:Austria",
        "BE:Belgium",
        "DK:Denmark",
        "NO:Norway",
        "FI:Finland",
        "PL:Poland",
        "PT:Portugal",
        "JP:Japan",
        "IN:India",
        "BR:Brazil",
        "MX:Mexico",
        "NZ:New Zealand",
        "SG:Singapore",
        "ZA:South Africa"
    };

    private static final String[] STATES = {
        "AL:Alabama",
        "AK:Alaska",
        "AZ:Arizona",
        "AR:Arkansas",
        "CA:California",
        "CO:Colorado",
        "CT:Connecticut",
        "DE:Delaware",
        "DC:District of Columbia",
        "FL:Florida",
        "GA:Georgia",
        "HI:Hawaii",
        "ID:Idaho",
        "IL:Illinois",
        "IN:Indiana",
        "IA:Iowa",
        "KS:Kansas",
        "KY:Kentucky",
        "LA:Louisiana",
        "ME:Maine",
        "MD:Maryland",
        "MA:Massachusetts",
        "MI:Michigan",
        "MN:Minnesota",
        "MS:Mississippi",
        "MO:Missouri",
        "MT:Montana",
        "NE:Nebraska",
        "NV:Nevada",
        "NH:New Hampshire",
        "NJ:New Jersey",
        "NM:New Mexico",
        "NY:New York",
        "NC:North Carolina",
        "ND:North Dakota",
        "OH:Ohio",
        "OK:Oklahoma",
        "OR:Oregon",
        "PA:Pennsylvania",
        "RI:Rhode Island",
        "SC:South Carolina",
        "SD:South Dakota",
        "TN:Tennessee",
        "TX:Texas",
        "UT:Utah",
        "VT:Vermont",
        "VA:Virginia",
        "WA:Washington",
        "WV:West Virginia",
        "WI:Wisconsin",
        "WY:Wyoming",
        "AB:Alberta",
        "BC:British Columbia",
        "MB:Manitoba",
        "NB:New Brunswick",
        "NL:Newfoundland and Labrador",
        "NS:Nova Scotia",
        "ON:Ontario",
        "PE:Prince Edward Island",
        "QC:Quebec",
        "SK:Saskatchewan",
        "NSW:New South Wales",
        "VIC:Victoria",
        "QLD:Queensland"
    };

    private Geography() {}

    static List<PropertyDef.Option> countries() {
        return options(COUNTRIES);
    }

    static List<PropertyDef.Option> states() {
        return options(STATES);
    }

    private static List<PropertyDef.Option> options(String[] pairs) {
        List<PropertyDef.Option> options = new ArrayList<>();
        for (String pair : pairs) {
            int colon = pair.indexOf(':');
            options.add(
                    new PropertyDef.Option(
                            pair.substring(colon + 1), pair.substring(0, colon), options.size()));
        }
        return options;
    }
}
