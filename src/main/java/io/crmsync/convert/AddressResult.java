package io.crmsync.convert;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state and country values to write to Salesforce, or why they cannot be written.
 *
 * @param values by address suffix ({@code State}, {@code Country}, {@code StateCode}, {@code
 *     CountryCode}); a null value clears the field. Empty when there is a failure.
 * @param failure null when the values can be written
 */
public record AddressResult(Map<String, String> values, ConversionFailure failure) {

    public AddressResult {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static AddressResult write(
            String stateField, String state, String countryField, String country) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(stateField, state);
        values.put(countryField, country);
        return new AddressResult(values, null);
    }

    public static AddressResult failed(ConversionFailure failure) {
        return new AddressResult(Map.of(), failure);
    }

    public boolean ok() {
        return failure == null;
    }
}
