package io.crmsync.convert;

import io.crmsync.spi.ErrorType;

/**
 * Why a value could not be converted, worded for the admin who has to fix it.
 *
 * @param type the Sync Health card it belongs on
 * @param code a stable code ({@code STRING_TOO_LONG}, {@code INVALID_STATE})
 * @param message what is wrong and what would fix it
 * @param field the field or property the value was for
 * @param value the value as it was
 */
public record ConversionFailure(
        ErrorType type, String code, String message, String field, String value) {}
