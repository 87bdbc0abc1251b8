package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.SchemaCatalog;
import io.crmsync.sandbox.salesforce.soql.QueryEngine;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The org's configurable rules (validation rules, the email duplicate rule) and their side effects.
 */
final class OrgRules {

    private OrgRules() {}

    static List<SfError> check(
            SalesforceSettings settings,
            SchemaCatalog catalog,
            QueryEngine queries,
            RecordStore store,
            SfRecord candidate,
            Set<String> changed,
            WriteContext context) {
        List<SfError> errors = new ArrayList<>();
        for (SalesforceSettings.ValidationRule rule : settings.validationRules()) {
            if (rule.object().equalsIgnoreCase(candidate.type())
                    && queries.matches(rule.errorCondition(), catalog, candidate)) {
                errors.add(
                        rule.field() == null || rule.field().isBlank()
                                ? SfError.of("FIELD_CUSTOM_VALIDATION_EXCEPTION", rule.message())
                                : SfError.of(
                                        "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                                        rule.message(),
                                        rule.field()));
            }
        }
        if (errors.isEmpty()
                && settings.duplicateRule()
                && !context.allowDuplicates()
                && changed.contains("Email")) {
            duplicate(store, candidate).ifPresent(errors::add);
        }
        return errors;
    }

    private static java.util.Optional<SfError> duplicate(RecordStore store, SfRecord candidate) {
        Object email = candidate.get("Email");
        if (!(candidate.type().equals("Contact") || candidate.type().equals("Lead"))
                || email == null
                || email.toString().isBlank()) {
            return java.util.Optional.empty();
        }
        return store.all(candidate.type()).stream()
                .filter(r -> !r.deleted() && !r.id().equals(candidate.id()))
                .filter(r -> email.toString().equalsIgnoreCase(String.valueOf(r.get("Email"))))
                .findFirst()
                .map(match -> duplicateError(candidate.type(), match));
    }

    private static SfError duplicateError(String type, SfRecord match) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put(
                "attributes",
                SfRecord.attributes(
                        type, "/services/data/v62.0/sobjects/" + type + "/" + match.id()));
        record.put("Id", match.id());
        Map<String, Object> matchRecord = new LinkedHashMap<>();
        matchRecord.put("additionalInformation", List.of());
        matchRecord.put("fieldDiffs", List.of());
        matchRecord.put("matchConfidence", 100.0);
        matchRecord.put("record", record);
        Map<String, Object> matchResult = new LinkedHashMap<>();
        matchResult.put("entityType", type);
        matchResult.put("errors", List.of());
        matchResult.put("matchEngine", "ExactMatchEngine");
        matchResult.put("matchRecords", List.of(matchRecord));
        matchResult.put("rule", "Standard_" + type + "_Match_Rule_v1_1");
        matchResult.put("size", 1);
        matchResult.put("success", true);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("allowSave", true);
        result.put("duplicateRule", "Standard_" + type + "_Duplicate_Rule");
        result.put("duplicateRuleEntityType", type);
        result.put("errorMessage", "Use one of these records?");
        result.put("matchResults", List.of(matchResult));
        return new SfError(
                "DUPLICATES_DETECTED",
                "Use one of these records?",
                List.of(),
                Map.of("duplicateResut", result));
    }

    /** Other records a save changes: only one primary contact role per opportunity. */
    static List<SfRecord> sideEffects(RecordStore store, SfRecord saved, String now) {
        if (!saved.type().equals("OpportunityContactRole")
                || !Boolean.TRUE.equals(saved.get("IsPrimary"))) {
            return List.of();
        }
        return store.all("OpportunityContactRole").stream()
                .filter(r -> !r.id().equals(saved.id()) && !r.deleted())
                .filter(r -> Boolean.TRUE.equals(r.get("IsPrimary")))
                .filter(r -> saved.get("OpportunityId").equals(r.get("OpportunityId")))
                .map(r -> r.with(Map.of("IsPrimary", false, "SystemModstamp", now), r.lastClient()))
                .toList();
    }

    /**
     * The records a delete takes with it: an opportunity's or a contact's contact roles, which
     * Salesforce deletes in cascade, each with the same stamps as the deleted record.
     */
    static List<SfRecord> cascade(
            RecordStore store, SfRecord deleted, Map<String, Object> stamps, String client) {
        String field = cascadeField(deleted.type());
        if (field == null) {
            return List.of();
        }
        return store.withValue("OpportunityContactRole", field, deleted.id()).stream()
                .filter(r -> !r.deleted())
                .map(r -> r.with(stamps, client))
                .toList();
    }

    /** The field of OpportunityContactRole through which deleting a {@code parent} cascades. */
    static String cascadeField(String parent) {
        return switch (parent) {
            case "Opportunity" -> "OpportunityId";
            case "Contact" -> "ContactId";
            default -> null;
        };
    }
}
