package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.schema.SalesProcesses;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An opportunity's record type must be one of Opportunity's, and its stage one of the stages of
 * that record type's sales process.
 */
final class SalesProcessRules {

    private SalesProcessRules() {}

    /**
     * @param anyActiveStage accept every active stage whatever the record type, for orgs whose API
     *     does not enforce sales processes
     */
    static List<SfError> check(
            ObjectDef def,
            Map<String, Object> values,
            Set<String> changed,
            boolean create,
            boolean anyActiveStage) {
        if (!def.name().equals("Opportunity")) {
            return List.of();
        }
        String recordType = (String) values.get("RecordTypeId");
        // An id of another object is the field check's error (RecordValidator).
        if (changed.contains("RecordTypeId")
                && recordType != null
                && recordType.startsWith("012")
                && !recordType.equals(SalesProcesses.MASTER_RECORD_TYPE)
                && SalesProcesses.recordType(recordType).isEmpty()) {
            return List.of(
                    SfError.of(
                            "INVALID_CROSS_REFERENCE_KEY",
                            "Record Type ID: this ID value isn't valid for the user: " + recordType,
                            "RecordTypeId"));
        }
        Object stage = values.get("StageName");
        boolean touched =
                create || changed.contains("StageName") || changed.contains("RecordTypeId");
        if (!touched || stage == null || stage.toString().isBlank()) {
            return List.of();
        }
        boolean allowed =
                SalesProcesses.allows(anyActiveStage ? null : recordType, stage.toString());
        if (allowed) {
            return List.of();
        }
        return List.of(
                SfError.of(
                        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                        def.field("StageName").orElseThrow().label()
                                + ": bad value for restricted picklist field: "
                                + stage,
                        "StageName"));
    }
}
