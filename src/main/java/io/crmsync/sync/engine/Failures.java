package io.crmsync.sync.engine;

import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import java.util.List;

/** Failures the engine itself finds in a record, before calling either CRM. */
final class Failures {

    private Failures() {}

    static SyncFailure rejected(ErrorType type, String code, String message, String field) {
        return new SyncFailure(
                FailureKind.RECORD_REJECTED,
                type,
                code,
                message,
                field == null ? List.of() : List.of(field),
                null);
    }

    /**
     * The value an error is grouped by: the refused value, except for duplicates, whose cause is
     * the rule that blocked them (or none), not the email address each of them has.
     */
    static String groupValue(SyncFailure failure, Object fieldValue) {
        if (failure.type() == ErrorType.DUPLICATES) {
            return failure.rule();
        }
        return fieldValue == null ? null : fieldValue.toString();
    }
}
