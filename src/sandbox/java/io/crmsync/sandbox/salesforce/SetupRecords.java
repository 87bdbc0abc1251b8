package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.SalesProcesses;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the rows of the opportunity set-up (stages, sales processes, record types) in the record
 * store, where SOQL and relationship paths such as {@code RecordType.DeveloperName} find them. Rows
 * are written when missing or when their definition changed.
 */
final class SetupRecords {

    private static final List<String> AUDIT =
            List.of(
                    "CreatedDate",
                    "CreatedById",
                    "LastModifiedDate",
                    "LastModifiedById",
                    "SystemModstamp");

    private SetupRecords() {}

    static void ensure(RecordStore store, String userId, String now) {
        List<SfRecord> changed = new ArrayList<>();
        for (SfRecord wanted : definitions()) {
            SfRecord current = store.get(wanted.id()).orElse(null);
            if (current == null || !sameDefinition(current, wanted)) {
                Map<String, Object> values = new LinkedHashMap<>(wanted.values());
                values.put("CreatedDate", current == null ? now : current.get("CreatedDate"));
                values.put("CreatedById", current == null ? userId : current.get("CreatedById"));
                values.put("LastModifiedDate", now);
                values.put("LastModifiedById", userId);
                values.put("SystemModstamp", now);
                changed.add(new SfRecord(wanted.id(), wanted.type(), values, null));
            }
        }
        store.save(changed);
    }

    private static boolean sameDefinition(SfRecord current, SfRecord wanted) {
        Map<String, Object> stored = new LinkedHashMap<>(current.values());
        AUDIT.forEach(stored::remove);
        return Objects.equals(stored, wanted.values());
    }

    private static List<SfRecord> definitions() {
        List<SfRecord> rows = new ArrayList<>();
        for (SalesProcesses.Stage stage : SalesProcesses.STAGES) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("Id", stage.id());
            values.put("MasterLabel", stage.name());
            values.put("ApiName", stage.name());
            values.put("IsActive", true);
            values.put("SortOrder", stage.sortOrder());
            values.put("IsClosed", stage.closed());
            values.put("IsWon", stage.won());
            values.put(
                    "ForecastCategory",
                    SalesProcesses.forecastCategory(stage.forecastCategoryName()));
            values.put("ForecastCategoryName", stage.forecastCategoryName());
            values.put("DefaultProbability", stage.probability());
            values.put("Description", null);
            rows.add(new SfRecord(stage.id(), "OpportunityStage", values, null));
        }
        for (SalesProcesses.RecordType type : SalesProcesses.RECORD_TYPES) {
            SalesProcesses.Process process = type.process();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("Id", process.id());
            values.put("Name", process.name());
            values.put("NamespacePrefix", null);
            values.put("Description", process.description());
            values.put("TableEnumOrId", "Opportunity");
            values.put("IsActive", true);
            rows.add(new SfRecord(process.id(), "BusinessProcess", values, null));
            values = new LinkedHashMap<>();
            values.put("Id", type.id());
            values.put("Name", type.name());
            values.put("DeveloperName", type.developerName());
            values.put("NamespacePrefix", null);
            values.put("Description", type.description());
            values.put("BusinessProcessId", process.id());
            values.put("SobjectType", "Opportunity");
            values.put("IsActive", true);
            rows.add(new SfRecord(type.id(), "RecordType", values, null));
        }
        return rows;
    }
}
