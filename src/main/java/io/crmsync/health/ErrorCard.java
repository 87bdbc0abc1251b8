package io.crmsync.health;

import io.crmsync.spi.ErrorType;

/**
 * One error type's card on Sync Health.
 *
 * @param errors the current errors of this type
 * @param records the distinct records they impact
 */
public record ErrorCard(ErrorType type, long errors, long records) {

    public String label() {
        return type.label();
    }
}
