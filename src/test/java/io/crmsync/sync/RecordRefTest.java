package io.crmsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.spi.HubSpotId;
import io.crmsync.spi.SalesforceId;
import org.junit.jupiter.api.Test;

class RecordRefTest {

    @Test
    void aRefWithoutAnObjectIsAContacts() {
        RecordRef ref =
                new RecordRef(new HubSpotId("12"), new SalesforceId("Lead", "00Q000000000001"));

        assertThat(ref.object()).isEqualTo(SyncObject.CONTACT);
        assertThat(ref.id()).isEqualTo("00Q000000000001");
    }

    @Test
    void aSalesforceRecordOfAnotherObjectIsRefused() {
        assertThatThrownBy(
                        () -> RecordRef.of(SyncObject.COMPANY, "12", "Contact", "003000000000001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A company is not a Salesforce Contact");
    }

    @Test
    void aCompanyKnownOnlyInHubSpotIsNamedByItsHubSpotId() {
        assertThat(RecordRef.of(SyncObject.COMPANY, "12", null, null).id()).isEqualTo("12");
    }
}
