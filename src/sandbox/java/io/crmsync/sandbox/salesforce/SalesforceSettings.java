package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.StateCountryMode;
import java.util.List;
import java.util.Set;

/**
 * The org settings an admin can change at run time.
 *
 * @param dailyApiLimit the {@code DailyApiRequests} maximum of the rolling 24-hour window
 * @param tokenLifetimeSeconds how long an access token stays valid after it is issued
 * @param concurrentLimit how many API requests may run at once before REQUEST_LIMIT_EXCEEDED
 * @param duplicateRule whether the email duplicate rule on Contact and Lead blocks saves
 * @param validationRules active validation rules
 * @param readOnlyFields fields the integration user may not write, as {@code Object.Field}
 * @param lockRate share of integration writes failed with UNABLE_TO_LOCK_ROW
 * @param stagesOutsideSalesProcessAccepted whether an opportunity may take any active stage,
 *     whatever its record type's sales process allows (off: refused as a restricted picklist)
 */
public record SalesforceSettings(
        long dailyApiLimit,
        long tokenLifetimeSeconds,
        int concurrentLimit,
        StateCountryMode stateCountryMode,
        boolean duplicateRule,
        List<ValidationRule> validationRules,
        Set<String> readOnlyFields,
        double lockRate,
        boolean stagesOutsideSalesProcessAccepted) {

    public static final SalesforceSettings DEFAULTS =
            new SalesforceSettings(
                    100_000,
                    7_200,
                    25,
                    StateCountryMode.DISABLED,
                    false,
                    List.of(),
                    Set.of(),
                    0,
                    false);

    public SalesforceSettings {
        validationRules = validationRules == null ? List.of() : List.copyOf(validationRules);
        readOnlyFields = readOnlyFields == null ? Set.of() : Set.copyOf(readOnlyFields);
        stateCountryMode = stateCountryMode == null ? StateCountryMode.DISABLED : stateCountryMode;
    }

    /**
     * A validation rule: when {@code errorCondition} (a SOQL WHERE condition, e.g. {@code Phone =
     * null AND Status = 'Working - Contacted'}) matches the record being saved, the save fails with
     * FIELD_CUSTOM_VALIDATION_EXCEPTION and {@code message}, shown at {@code field} if given.
     */
    public record ValidationRule(
            String object, String name, String errorCondition, String message, String field) {}
}
