package io.crmsync.sync.engine;

import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import io.crmsync.sync.SuspensionCause;
import java.util.Locale;

/** The suspension causes of PRODUCT.md S5, from a fatal failure's code. */
final class SuspensionCauses {

    private SuspensionCauses() {}

    static SuspensionCause of(SyncFailure failure) {
        if (failure.kind() == FailureKind.AUTH_EXPIRED) {
            return SuspensionCause.AUTHENTICATION;
        }
        String code = failure.code() == null ? "" : failure.code().toUpperCase(Locale.ROOT);
        if (code.contains("LIMIT")) {
            return SuspensionCause.API_LIMIT;
        }
        if (code.contains("API_DISABLED") || code.contains("API_CURRENTLY_DISABLED")) {
            return SuspensionCause.API_DISABLED;
        }
        if (code.contains("PERMISSION")
                || code.contains("INSUFFICIENT_ACCESS")
                || code.contains("NOT_SUPPORTED")
                || code.contains("MISSING_SCOPES")) {
            return SuspensionCause.OBJECT_PERMISSIONS;
        }
        if (code.contains("INVALID_SESSION") || code.contains("AUTH") || code.contains("TOKEN")) {
            return SuspensionCause.AUTHENTICATION;
        }
        return SuspensionCause.UNKNOWN;
    }
}
