package io.crmsync.sync;

import io.crmsync.sync.spi.ErrorType;

/**
 * Errors with one root cause: the same code on the same field with the same value.
 *
 * @param field the field the CRM named, empty when it named none
 * @param value the value that was refused, or null
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

    /** Whether a value translation can fix it: a refused picklist value on a known field. */
    public boolean translatable() {
        return type == ErrorType.PICKLIST_VALUES && !field.isEmpty() && value != null;
    }
}
