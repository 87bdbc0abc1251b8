package io.crmsync.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertThat(Plural.of(1, "record", "records")).isEqualTo("1 record");
        assertThat(Plural.of(0, "record", "records")).isEqualTo("0 records");
        assertThat(Plural.of(1250, "error", "errors")).isEqualTo("1,250 errors");
    }
}
