package io.crmsync.sandbox.salesforce.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalesforceIdsTest {

    @Test
    void theCaseSafeSuffixMatchesRecordedIds() {
        assertThat(SalesforceIds.to18("a00B000000FSjVU")).isEqualTo("a00B000000FSjVUIA1");
        assertThat(SalesforceIds.to18("001dM00003jU9Gx")).isEqualTo("001dM00003jU9GxQAK");
        assertThat(SalesforceIds.to18("003B000000Fsk1A")).isEqualTo("003B000000Fsk1AIAR");
    }

    @Test
    void fifteenAndEighteenCharacterIdsNormaliseAndBadChecksumsAreRejected() {
        assertThat(SalesforceIds.normalize("001dM00003jU9Gx")).contains("001dM00003jU9GxQAK");
        assertThat(SalesforceIds.normalize("001dM00003jU9GxQAK")).contains("001dM00003jU9GxQAK");
        assertThat(SalesforceIds.normalize("a00B000000FSjVUIB1")).isEmpty();
        assertThat(SalesforceIds.normalize("001-too-short")).isEmpty();
        assertThat(SalesforceIds.normalize(null)).isEmpty();
    }

    @Test
    void generatedIdsCarryTheirPrefixAndCounter() {
        String id = SalesforceIds.of("003", 123_456);

        assertThat(id).startsWith("003").hasSize(18);
        assertThat(SalesforceIds.normalize(id)).contains(id);
        assertThat(SalesforceIds.counter(id)).isEqualTo(123_456);
        assertThat(SalesforceIds.of("003", 2)).isGreaterThan(SalesforceIds.of("003", 1));
    }
}
