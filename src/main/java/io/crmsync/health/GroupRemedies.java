package io.crmsync.health;

import io.crmsync.sync.FieldMapping;
import java.util.EnumSet;
import java.util.Set;

/** Which remedies fit an error group, from its code and the mapping of its field. */
final class GroupRemedies {

    /** Codes of values crmsync can tell are unusable before it writes them to Salesforce. */
    private static final Set<String> DEFAULTABLE =
            Set.of(
                    "REQUIRED_FIELD_MISSING",
                    "STRING_TOO_LONG",
                    "INVALID_PICKLIST_VALUE",
                    "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                    "INVALID_NUMBER",
                    "INVALID_DATE",
                    "INVALID_BOOLEAN");

    private static final String EMAIL = "email";
    private static final String OWNER = "OwnerId";

    private GroupRemedies() {}

    static Set<ErrorRemedy> of(ErrorGroup group, FieldMapping mapping) {
        Set<ErrorRemedy> remedies = EnumSet.noneOf(ErrorRemedy.class);
        if (mapping == null || group.field() == null || group.field().isEmpty()) {
            return remedies;
        }
        boolean key = EMAIL.equalsIgnoreCase(mapping.hubSpotProperty());
        boolean toSalesforce = isSalesforceField(mapping, group.field());
        String code = group.code() == null ? "" : group.code();
        if (group.translatable()) {
            remedies.add(ErrorRemedy.TRANSLATE);
        }
        if (code.equals("STRING_TOO_LONG") && !mapping.truncate() && !key) {
            remedies.add(ErrorRemedy.TRUNCATE);
        }
        if (toSalesforce
                && DEFAULTABLE.contains(code)
                && !key
                && !OWNER.equals(mapping.salesforceField())) {
            remedies.add(ErrorRemedy.DEFAULT_VALUE);
        }
        if (!key && !code.equals("REQUIRED_FIELD_MISSING")) {
            remedies.add(ErrorRemedy.SKIP_FIELD);
        }
        return remedies;
    }

    static String whyNot(ErrorRemedy remedy) {
        return switch (remedy) {
            case TRANSLATE ->
                    "A value translation fixes only refused picklist values of a known field.";
            case TRUNCATE ->
                    "Truncation fixes only values too long for their field, on a mapping that"
                            + " does not truncate yet.";
            case DEFAULT_VALUE ->
                    "A default value fixes only blank or unusable values written to Salesforce.";
            case SKIP_FIELD ->
                    "Skipping cannot fix this: the email matches the records, and a required"
                            + " field cannot be left out.";
        };
    }

    /** Salesforce names its fields (Contact's, or Lead's without "Mailing"); HubSpot its own. */
    static boolean isSalesforceField(FieldMapping m, String field) {
        return field.equals(m.salesforceField()) || ("Mailing" + field).equals(m.salesforceField());
    }
}
