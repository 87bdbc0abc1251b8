package io.crmsync.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordIdsTest {

    @Test
    void aHubSpotIdIsDigits() {
        assertThat(new HubSpotId("1501").value()).isEqualTo("1501");
        assertThat(HubSpotId.ofNullable(null)).isNull();
        assertThatThrownBy(() -> new HubSpotId("003A00000000001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits");
        assertThatThrownBy(() -> new HubSpotId(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSalesforceIdIsFifteenOrEighteenLettersAndDigitsOfAType() {
        assertThat(new SalesforceId("Contact", "003000000000001AAA").toString())
                .isEqualTo("Contact 003000000000001AAA");
        assertThat(new SalesforceId("Lead", "00Q000000000001").value()).hasSize(15);
        assertThat(SalesforceId.ofNullable("Contact", null)).isNull();
        assertThatThrownBy(() -> new SalesforceId("Contact", "1501"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15 or 18");
        assertThatThrownBy(() -> new SalesforceId(null, "003000000000001AAA"))
                .hasMessageContaining("object type");
    }
}
