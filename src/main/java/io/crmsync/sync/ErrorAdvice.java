package io.crmsync.sync;

import io.crmsync.spi.ErrorType;
import java.util.Locale;
import java.util.Map;

/**
 * What an error means in plain language, and what usually fixes it. Known CRM error codes have
 * their own text; any other code gets its error type's.
 */
public record ErrorAdvice(String explanation, String fix) {

    private static final Map<String, ErrorAdvice> BY_CODE =
            Map.ofEntries(
                    entry(
                            "REQUIRED_FIELD_MISSING",
                            "The other CRM requires this field, and the record has no value for"
                                    + " it.",
                            "Fill in the field on the record, or map a property that always has"
                                    + " a value, then resync."),
                    entry(
                            "STRING_TOO_LONG",
                            "The value is longer than the field allows in the other CRM.",
                            "Shorten the value on the record, or truncate it in the mapping,"
                                    + " then resync."),
                    entry(
                            "INVALID_EMAIL_ADDRESS",
                            "The email address is not one the other CRM accepts.",
                            "Correct the email address on the record, then resync."),
                    entry(
                            "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                            "The value is not one of the picklist's allowed values in Salesforce.",
                            "Add a value translation to an allowed value, or add the value to"
                                    + " the picklist in Salesforce, then resync."),
                    entry(
                            "INVALID_PICKLIST_VALUE",
                            "The value is not one of the allowed options of the property.",
                            "Add a value translation to an allowed option, or add the option to"
                                    + " the property, then resync."),
                    entry(
                            "INVALID_OPTION",
                            "The value is not one of the allowed options of the HubSpot property.",
                            "Add a value translation to an allowed option, or add the option in"
                                    + " HubSpot, then resync."),
                    entry(
                            "INVALID_STATE",
                            "Salesforce's state picklist does not know this state.",
                            "Use a state name or code Salesforce knows (or translate the value),"
                                    + " check the state/country setting, then resync."),
                    entry(
                            "INVALID_COUNTRY",
                            "Salesforce's country picklist does not know this country.",
                            "Use a country name or ISO code Salesforce knows (or translate the"
                                    + " value), then resync."),
                    entry(
                            "STATE_WITHOUT_COUNTRY",
                            "A state was sent without a country, which Salesforce's state and"
                                    + " country picklists refuse.",
                            "Fill in the country on the record, then resync."),
                    entry(
                            "DUPLICATE_EMAIL",
                            "Another record already uses this email address.",
                            "Merge the two records, or change one address, then resync."),
                    entry(
                            "DUPLICATES_DETECTED",
                            "A Salesforce duplicate rule blocked the record as a likely"
                                    + " duplicate.",
                            "Merge the duplicates in Salesforce, or let the rule allow the"
                                    + " integration user, then resync."),
                    entry(
                            "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                            "A validation rule in Salesforce refused the record; the message is"
                                    + " the rule's own.",
                            "Change the record so it meets the rule, or ask your Salesforce"
                                    + " admin to exempt the integration user, then resync."),
                    entry(
                            "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY",
                            "A trigger or flow in Salesforce failed while saving the record.",
                            "Read the message for the trigger's reason; ask your Salesforce"
                                    + " admin to fix the trigger, then resync."),
                    entry(
                            "INSUFFICIENT_ACCESS_OR_READONLY",
                            "The integration user may not edit this record or field.",
                            "Give the integration user edit access in Salesforce (profile,"
                                    + " permission set or sharing), then resync."),
                    entry(
                            "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY",
                            "The integration user may not see a record this one refers to, such"
                                    + " as its owner or account.",
                            "Share the related record with the integration user, then resync."),
                    entry(
                            "EMAIL_MISSING",
                            "The contact has no email address, which crmsync needs to match it.",
                            "Add an email address to the record, then resync."));

    private static final Map<ErrorType, ErrorAdvice> BY_TYPE =
            Map.of(
                    ErrorType.ASSOCIATIONS,
                    new ErrorAdvice(
                            "A related record (such as the account or company) is not synced"
                                    + " yet, or an association limit was reached.",
                            "Sync the related record first, then resync."),
                    ErrorType.CUSTOM_CODE,
                    new ErrorAdvice(
                            "Custom code in Salesforce (a validation rule, trigger or flow)"
                                    + " refused the record.",
                            "Read the message, change the record or the rule, then resync."),
                    ErrorType.DUPLICATES,
                    new ErrorAdvice(
                            "The record looks like one that already exists.",
                            "Merge the duplicates, then resync."),
                    ErrorType.PERMISSIONS,
                    new ErrorAdvice(
                            "The integration user lacks access to a field or object.",
                            "Give the integration user access, then resync."),
                    ErrorType.PICKLIST_VALUES,
                    new ErrorAdvice(
                            "A value is not one of the allowed picklist values on the other"
                                    + " side.",
                            "Add a value translation, or add the value to the picklist, then"
                                    + " resync."),
                    ErrorType.PROPERTY_VALUES,
                    new ErrorAdvice(
                            "A value is missing, too long or in the wrong format for the other"
                                    + " side.",
                            "Correct the value on the record, then resync."),
                    ErrorType.CONNECTION,
                    new ErrorAdvice(
                            "crmsync could not reach the CRM or was refused access.",
                            "Check the connection on the Connections page; crmsync retries by"
                                    + " itself."));

    private static final Map<SuspensionCause, ErrorAdvice> BY_CAUSE =
            Map.of(
                    SuspensionCause.API_LIMIT,
                    new ErrorAdvice(
                            "The org's API call limit is used up, so every call would fail.",
                            "Wait for the limit to reset (the sync resumes by itself), or raise"
                                    + " the limit, then clear the suspension."),
                    SuspensionCause.API_DISABLED,
                    new ErrorAdvice(
                            "API access is disabled for the integration user or the org.",
                            "Enable \"API Enabled\" on the integration user's profile, then"
                                    + " clear the suspension."),
                    SuspensionCause.OBJECT_PERMISSIONS,
                    new ErrorAdvice(
                            "The integration user lacks permission on an object crmsync syncs.",
                            "Grant read and edit on the object to the integration user, then"
                                    + " clear the suspension."),
                    SuspensionCause.AUTHENTICATION,
                    new ErrorAdvice(
                            "crmsync's sign-in to the CRM was refused or has expired.",
                            "Reconnect on the Connections page, then clear the suspension."));

    /** The advice for an error of {@code type} with the CRM's {@code code}. */
    public static ErrorAdvice of(ErrorType type, String code) {
        String key = code == null ? "" : code.toUpperCase(Locale.ROOT);
        ErrorAdvice known = BY_CODE.get(key);
        if (known == null && key.startsWith("INSUFFICIENT_ACCESS")) {
            known = BY_CODE.get("INSUFFICIENT_ACCESS_OR_READONLY");
        }
        return known != null ? known : BY_TYPE.get(type);
    }

    /** The advice for a suspension of this cause. */
    public static ErrorAdvice ofSuspension(SuspensionCause cause) {
        return BY_CAUSE.getOrDefault(
                cause,
                new ErrorAdvice(
                        "A failure stopped the whole sync; the message says what the CRM"
                                + " answered.",
                        "Fix what the message names, then clear the suspension."));
    }

    private static Map.Entry<String, ErrorAdvice> entry(
            String code, String explanation, String fix) {
        return Map.entry(code, new ErrorAdvice(explanation, fix));
    }
}
