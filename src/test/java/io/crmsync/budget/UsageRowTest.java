package io.crmsync.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import org.junit.jupiter.api.Test;

class UsageRowTest {

    @Test
    void anOperationReadsAsWordsNotAsItsKey() {
        assertThat(
                        new UsageRow(ExternalSystem.HUBSPOT, "contacts", "batch-upsert", 5, 0)
                                .operationLabel())
                .isEqualTo("Batch upsert");
        assertThat(
                        new UsageRow(ExternalSystem.SALESFORCE, "Contact", "query", 5, 0)
                                .operationLabel())
                .isEqualTo("Query");
    }
}
