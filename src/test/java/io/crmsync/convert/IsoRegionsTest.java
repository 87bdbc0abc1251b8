package io.crmsync.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoRegionsTest {

    @Test
    void findsACountryByAlpha2Alpha3NameOrAliasInAnyCase() {
        for (String form :
                new String[] {
                    "US",
                    "us",
                    "USA",
                    "United States",
                    " united  states ",
                    "U.S.",
                    "U.S.A.",
                    "United States of America"
                }) {
            assertThat(IsoRegions.country(form))
                    .as(form)
                    .hasValueSatisfying(c -> assertThat(c.alpha2()).isEqualTo("US"));
        }
        Country us = IsoRegions.country("us").orElseThrow();
        assertThat(us.alpha3()).isEqualTo("USA");
        assertThat(us.name()).isEqualTo("United States");
    }

    @Test
    void knowsTheUnitedKingdomByItsCommonNames() {
        for (String form : new String[] {"GB", "GBR", "UK", "Great Britain", "England"}) {
            assertThat(IsoRegions.country(form).map(Country::alpha2)).as(form).hasValue("GB");
        }
        assertThat(IsoRegions.country("UK").orElseThrow().name()).isEqualTo("United Kingdom");
    }

    @Test
    void ignoresAccentsAndUsesReadableNamesOverTheJdksOddOnes() {
        assertThat(IsoRegions.country("Côte d’Ivoire").map(Country::alpha2)).hasValue("CI");
        assertThat(IsoRegions.country("cote divoire").map(Country::alpha2)).hasValue("CI");
        assertThat(IsoRegions.country("HK").orElseThrow().name()).isEqualTo("Hong Kong");
        assertThat(IsoRegions.country("Hong Kong SAR China").map(Country::alpha2)).hasValue("HK");
    }

    @Test
    void doesNotGuessUnknownCountries() {
        assertThat(IsoRegions.country("Atlantis")).isEmpty();
        assertThat(IsoRegions.country("")).isEmpty();
        assertThat(IsoRegions.country(null)).isEmpty();
    }

    @Test
    void findsASubdivisionByCodeIsoCodeOrName() {
        for (String form : new String[] {"CA", "ca", "US-CA", "California", "CALIFORNIA "}) {
            assertThat(IsoRegions.subdivision("US", form))
                    .as(form)
                    .hasValue(new Subdivision("US", "CA", "California"));
        }
        assertThat(IsoRegions.subdivision("US", "Washington D.C.").map(Subdivision::code))
                .hasValue("DC");
    }

    @Test
    void matchesSubdivisionNamesWithoutTheirAccents() {
        assertThat(IsoRegions.subdivision("CA", "québec").map(Subdivision::code)).hasValue("QC");
        assertThat(IsoRegions.subdivision("BR", "Sao Paulo").map(Subdivision::name))
                .hasValue("São Paulo");
        assertThat(IsoRegions.subdivision("CA", "Yukon Territories").map(Subdivision::code))
                .hasValue("YT");
    }

    @Test
    void looksSubdivisionsUpWithinTheirCountryOnly() {
        assertThat(IsoRegions.subdivision("AU", "WA").map(Subdivision::name))
                .hasValue("Western Australia");
        assertThat(IsoRegions.subdivision("US", "WA").map(Subdivision::name))
                .hasValue("Washington");
        assertThat(IsoRegions.subdivision("US", "Ontario")).isEmpty();
        assertThat(IsoRegions.subdivision("DE", "Bayern")).isEmpty();
    }

    @Test
    void hasTheSubdivisionsOfSalesforcesDefaultStatePicklists() {
        assertThat(IsoRegions.subdivisions("US")).hasSizeGreaterThanOrEqualTo(57);
        assertThat(IsoRegions.subdivisions("CA")).hasSize(13);
        assertThat(IsoRegions.subdivisions("AU")).hasSize(8);
        for (String country : new String[] {"IN", "BR", "MX", "IT", "IE", "CN", "JP"}) {
            assertThat(IsoRegions.subdivisions(country)).as(country).isNotEmpty();
        }
        assertThat(IsoRegions.subdivision("JP", "13").map(Subdivision::name)).hasValue("Tokyo");
    }
}
