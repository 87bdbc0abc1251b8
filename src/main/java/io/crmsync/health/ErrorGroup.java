package io.crmsync.health;

import io.crmsync.spi.ErrorType;
import io.crmsync.sync.ErrorAdvice;
import java.util.Locale;

/**
 * Errors with one root cause: the same code on the same field with the same value.
 *
 * @param field the field the CRM named, empty when it named none
 * @param value the value that was refused, or null; for duplicates, the duplicate rule that blocked
 *     them, or null when none was named (duplicates share a cause, not an email address)
 * @param errors how many current errors have this cause
 * @param records how many distinct records they impact
 */
public record ErrorGroup(
        ErrorType type,
        String code,
        String field,
        String value,
        long errors,
        long records,
        ErrorAdvice advice) {

    /** The cause in words, as the group's caption names it. */
    public String cause() {
        if (type == ErrorType.DUPLICATES) {
            return switch (code == null ? "" : code.toUpperCase(Locale.ROOT)) {
                case "DUPLICATE_EMAIL" -> "Email address already used by another record";
                case "DUPLICATES_DETECTED", "DUPLICATE_VALUE" ->
                        value == null
                                ? "Blocked by a Salesforce duplicate rule"
                                : "Blocked by the Salesforce duplicate rule " + value;
                default -> "The record already exists in the other CRM";
            };
        }
        String words = advice.explanation().replaceAll("\\.$", "");
        if (field.isEmpty()) {
            return words;
        }
        return words + " (" + field + (value == null ? "" : " \"" + value + "\"") + ")";
    }

    /** Whether a value translation can fix it: a refused picklist value on a known field. */
    public boolean translatable() {
        return type == ErrorType.PICKLIST_VALUES && !field.isEmpty() && value != null;
    }
}
