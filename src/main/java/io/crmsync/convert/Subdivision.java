package io.crmsync.convert;

/**
 * An ISO 3166-2 subdivision (a state, province or county).
 *
 * @param country the ISO 3166-1 alpha-2 code of its country ({@code US})
 * @param code its code within the country, as Salesforce's state picklist has it ({@code CA})
 * @param name its standard English name ({@code California})
 */
public record Subdivision(String country, String code, String name) {

    /** The full ISO 3166-2 code ({@code US-CA}). */
    public String isoCode() {
        return country + "-" + code;
    }
}
