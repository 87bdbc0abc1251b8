package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.CountryTable;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.schema.StateCountryMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * State and Country/Territory Picklists: keeps each address's text and code fields in step, and
 * rejects values that do not match an active country or state with the real
 * FIELD_INTEGRITY_EXCEPTION.
 */
final class AddressRules {

    private AddressRules() {}

    /**
     * Checks and completes the addresses touched by {@code changes}; the synced values are written
     * into {@code values}.
     */
    static void apply(
            ObjectDef def,
            StateCountryMode mode,
            Set<String> changes,
            Map<String, Object> values,
            List<SfError> errors) {
        if (mode == StateCountryMode.DISABLED) {
            return;
        }
        for (String prefix : List.of("Mailing", "Billing", "Shipping", "")) {
            if (def.field(prefix + "CountryCode").isEmpty()
                    || changes.stream()
                            .noneMatch(
                                    f ->
                                            f.startsWith(prefix + "Country")
                                                    || f.startsWith(prefix + "State"))) {
                continue;
            }
            apply(prefix, mode, changes, values, errors);
        }
    }

    private static void apply(
            String prefix,
            StateCountryMode mode,
            Set<String> changes,
            Map<String, Object> values,
            List<SfError> errors) {
        String label = prefix.isEmpty() ? "" : prefix + " ";
        String country = text(values.get(prefix + "Country"));
        String countryCode = text(values.get(prefix + "CountryCode"));
        if (changes.contains(prefix + "CountryCode") && countryCode != null) {
            String name = CountryTable.countryName(countryCode, mode).orElse(null);
            if (name == null) {
                errors.add(
                        SfError.of(
                                "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                                label
                                        + "Country Code: bad value for restricted picklist field: "
                                        + countryCode,
                                prefix + "CountryCode"));
                return;
            }
            if (changes.contains(prefix + "Country") && country != null && !country.equals(name)) {
                errors.add(countryProblem(prefix, label));
                return;
            }
            country = name;
        } else if (country != null) {
            countryCode = CountryTable.countryCode(country, mode).orElse(null);
            if (countryCode == null) {
                errors.add(countryProblem(prefix, label));
                return;
            }
        } else {
            countryCode = null;
        }
        values.put(prefix + "Country", country);
        values.put(prefix + "CountryCode", countryCode);
        state(prefix, label, changes, values, errors, countryCode);
    }

    private static void state(
            String prefix,
            String label,
            Set<String> changes,
            Map<String, Object> values,
            List<SfError> errors,
            String countryCode) {
        String state = text(values.get(prefix + "State"));
        String stateCode = text(values.get(prefix + "StateCode"));
        if (state == null && stateCode == null) {
            values.put(prefix + "State", null);
            values.put(prefix + "StateCode", null);
            return;
        }
        if (countryCode == null) {
            errors.add(
                    SfError.of(
                            "FIELD_INTEGRITY_EXCEPTION",
                            "A country/territory must be"
                                    + " specified before specifying a state value for field: "
                                    + label
                                    + "State/Province",
                            prefix + "State"));
            return;
        }
        if (!CountryTable.hasStates(countryCode)) {
            return;
        }
        if (changes.contains(prefix + "StateCode") && stateCode != null) {
            String name = CountryTable.stateName(countryCode, stateCode).orElse(null);
            if (name == null
                    || (changes.contains(prefix + "State")
                            && state != null
                            && !Objects.equals(state, name))) {
                errors.add(stateProblem(prefix, label));
                return;
            }
            state = name;
        } else {
            stateCode = CountryTable.stateCode(countryCode, state).orElse(null);
            if (stateCode == null) {
                errors.add(stateProblem(prefix, label));
                return;
            }
        }
        values.put(prefix + "State", state);
        values.put(prefix + "StateCode", stateCode);
    }

    private static SfError countryProblem(String prefix, String label) {
        return SfError.of(
                "FIELD_INTEGRITY_EXCEPTION",
                "There's a problem with this country, even though it may appear correct. Please"
                        + " select a country/territory from the list of valid countries.: "
                        + label
                        + "Country",
                prefix + "Country");
    }

    private static SfError stateProblem(String prefix, String label) {
        return SfError.of(
                "FIELD_INTEGRITY_EXCEPTION",
                "There's a problem with this state, even though it may appear correct. Please"
                        + " select a state from the list of valid states.: "
                        + label
                        + "State/Province",
                prefix + "State");
    }

    private static String text(Object value) {
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }
}
