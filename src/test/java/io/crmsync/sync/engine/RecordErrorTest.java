package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.ImpactedRecord;
import org.junit.jupiter.api.Test;

class RecordErrorTest {

    @Test
    void theFlatConstructorKeepsTheImpactedRecordTogether() {
        RecordError error =
                new RecordError(
                        ExternalSystem.HUBSPOT,
                        "contacts",
                        "101",
                        "101",
                        "Lead",
                        "00Q000000000001AAA",
                        "Ada Lovelace",
                        ErrorType.PICKLIST_VALUES,
                        "INVALID_STATE",
                        "bad value",
                        "State",
                        "Bavaria");

        assertThat(error.record())
                .isEqualTo(
                        new ImpactedRecord(
                                ExternalSystem.HUBSPOT,
                                "contacts",
                                "101",
                                "101",
                                "Lead",
                                "00Q000000000001AAA",
                                "Ada Lovelace"));
        assertThat(error.recordId()).isEqualTo("101");
        assertThat(error.field()).isEqualTo("State");
        assertThat(error.value()).isEqualTo("Bavaria");
    }
}
