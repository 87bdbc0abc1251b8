package io.crmsync.budget;

import io.crmsync.base.ExternalSystem;

/** The calls of one side, object and operation in the last 24 hours; {@code failed} had no 2xx. */
public record UsageRow(
        ExternalSystem system, String objectType, String operation, long calls, long failed) {

    /** The operation as a sentence starts: "batch-upsert" reads "Batch upsert". */
    public String operationLabel() {
        if (operation == null || operation.isBlank()) {
            return "";
        }
        String words = operation.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
