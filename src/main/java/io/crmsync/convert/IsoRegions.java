package io.crmsync.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166 countries and subdivisions, found by any common way of writing them. Countries come from
 * the JDK plus {@code iso3166/country-aliases.csv}; subdivisions from {@code
 * iso3166/subdivisions.csv}. Both are read once, on first use.
 */
public final class IsoRegions {

    private IsoRegions() {}

    /** The country written as an alpha-2 or alpha-3 code, a name or an alias, in any case. */
    public static Optional<Country> country(String anyForm) {
        return Optional.ofNullable(Data.COUNTRY_KEYS.get(Keys.of(anyForm)));
    }

    /**
     * The subdivision of a country written as its code ({@code CA}), its ISO code ({@code US-CA})
     * or its name ({@code California}), in any case and with or without accents.
     */
    public static Optional<Subdivision> subdivision(String countryAlpha2, String anyForm) {
        if (countryAlpha2 == null || anyForm == null) {
            return Optional.empty();
        }
        String country = countryAlpha2.strip().toUpperCase(Locale.ROOT);
        String form = anyForm.strip();
        if (form.toUpperCase(Locale.ROOT).startsWith(country + "-")) {
            form = form.substring(country.length() + 1);
        }
        return Optional.ofNullable(
                Data.SUBDIVISION_KEYS.getOrDefault(country, Map.of()).get(Keys.of(form)));
    }

    /** The subdivisions known for a country, empty when there are none. */
    public static List<Subdivision> subdivisions(String countryAlpha2) {
        return Data.SUBDIVISIONS.getOrDefault(countryAlpha2, List.of());
    }

    private static final class Data {

        static final Map<String, Country> COUNTRY_KEYS = new HashMap<>();
        static final Map<String, List<Subdivision>> SUBDIVISIONS = new LinkedHashMap<>();
        static final Map<String, Map<String, Subdivision>> SUBDIVISION_KEYS = new HashMap<>();

        static {
            loadCountries();
            loadSubdivisions();
        }

        private static void loadCountries() {
            Map<String, String> names = new HashMap<>();
            Map<String, List<String>> aliases = new HashMap<>();
            for (String[] row : rows("iso3166/country-aliases.csv")) {
                if (row[1].startsWith("=")) {
                    names.putIfAbsent(row[0], row[1].substring(1));
                } else {
                    aliases.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
                }
            }
            List<Country> countries = new ArrayList<>();
            for (String alpha2 : Locale.getISOCountries()) {
                Locale locale = Locale.of("", alpha2);
                String name = names.getOrDefault(alpha2, locale.getDisplayCountry(Locale.ENGLISH));
                List<String> other = new ArrayList<>(aliases.getOrDefault(alpha2, List.of()));
                String jdkName = locale.getDisplayCountry(Locale.ENGLISH);
                if (!jdkName.equals(name)) {
                    other.add(jdkName);
                }
                countries.add(new Country(alpha2, locale.getISO3Country(), name, other));
            }
            // Codes win over names, names over aliases, whatever order the data lists them in.
            countries.forEach(c -> COUNTRY_KEYS.putIfAbsent(Keys.of(c.alpha2()), c));
            countries.forEach(c -> COUNTRY_KEYS.putIfAbsent(Keys.of(c.alpha3()), c));
            countries.forEach(c -> COUNTRY_KEYS.putIfAbsent(Keys.of(c.name()), c));
            countries.forEach(
                    c -> c.aliases().forEach(a -> COUNTRY_KEYS.putIfAbsent(Keys.of(a), c)));
        }

        private static void loadSubdivisions() {
            Map<String, Map<String, Subdivision>> byCode = new LinkedHashMap<>();
            List<String[]> aliases = new ArrayList<>();
            for (String[] row : rows("iso3166/subdivisions.csv")) {
                Map<String, Subdivision> codes =
                        byCode.computeIfAbsent(row[0], k -> new LinkedHashMap<>());
                if (codes.containsKey(row[1])) {
                    aliases.add(row);
                } else {
                    codes.put(row[1], new Subdivision(row[0], row[1], row[2]));
                }
            }
            byCode.forEach(
                    (country, codes) -> {
                        SUBDIVISIONS.put(country, List.copyOf(codes.values()));
                        Map<String, Subdivision> keys =
                                SUBDIVISION_KEYS.computeIfAbsent(country, k -> new HashMap<>());
                        codes.values().forEach(s -> keys.putIfAbsent(Keys.of(s.code()), s));
                        codes.values().forEach(s -> keys.putIfAbsent(Keys.of(s.name()), s));
                    });
            for (String[] row : aliases) {
                SUBDIVISION_KEYS
                        .get(row[0])
                        .putIfAbsent(Keys.of(row[2]), byCode.get(row[0]).get(row[1]));
            }
        }

        private static List<String[]> rows(String resource) {
            InputStream in = IsoRegions.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            try (var reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .skip(1)
                        .map(line -> line.split(",", -1))
                        .map(
                                cells -> {
                                    for (int i = 0; i < cells.length; i++) {
                                        cells[i] = cells[i].strip();
                                    }
                                    return cells;
                                })
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
