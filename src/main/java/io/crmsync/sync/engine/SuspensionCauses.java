package io.crmsync.sync.engine;

import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import java.util.Locale;

/** The suspension causes of PRODUCT.md S5, from a fatal failure's code. */
final class SuspensionCauses {

    static final String API_LIMIT = "API_LIMIT";
    static final String API_DISABLED = "API_DISABLED";
    static final String PERMISSIONS = "OBJECT_PERMISSIONS";
    static final String AUTHENTICATION = "AUTHENTICATION";
    static final String UNKNOWN = "UNKNOWN";

    private SuspensionCauses() {}

    static String of(SyncFailure failure) {
        if (failure.kind() == FailureKind.AUTH_EXPIRED) {
            return AUTHENTICATION;
        }
        String code = failure.code() == null ? "" : failure.code().toUpperCase(Locale.ROOT);
        if (code.contains("LIMIT")) {
            return API_LIMIT;
        }
        if (code.contains("API_DISABLED") || code.contains("API_CURRENTLY_DISABLED")) {
            return API_DISABLED;
        }
        if (code.contains("PERMISSION")
                || code.contains("INSUFFICIENT_ACCESS")
                || code.contains("NOT_SUPPORTED")
                || code.contains("MISSING_SCOPES")) {
            return PERMISSIONS;
        }
        if (code.contains("INVALID_SESSION") || code.contains("AUTH") || code.contains("TOKEN")) {
            return AUTHENTICATION;
        }
        return UNKNOWN;
    }
}
