package io.crmsync.convert;

import java.util.List;

/**
 * An ISO 3166-1 country.
 *
 * @param alpha2 the two-letter code ({@code US})
 * @param alpha3 the three-letter code ({@code USA})
 * @param name the standard English name ({@code United States})
 * @param aliases other names it is known by ({@code U.S.A.}, {@code United States of America})
 */
public record Country(String alpha2, String alpha3, String name, List<String> aliases) {

    public Country {
        aliases = List.copyOf(aliases);
    }

    /** Every way of writing this country: the codes, the name, then the aliases. */
    public List<String> forms() {
        var forms = new java.util.ArrayList<String>(List.of(alpha2, alpha3, name));
        forms.addAll(aliases);
        return forms;
    }
}
