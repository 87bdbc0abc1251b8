package io.crmsync.sync;

/**
 * Why the whole sync is suspended (PRODUCT.md S5). The name is what {@code sync_suspension.cause}
 * stores.
 */
public enum SuspensionCause {
    API_LIMIT,
    API_DISABLED,
    OBJECT_PERMISSIONS,
    AUTHENTICATION,
    UNKNOWN;

    /** The cause a stored text names; text this version does not know reads as {@link #UNKNOWN}. */
    public static SuspensionCause fromStored(String stored) {
        if (stored != null) {
            for (SuspensionCause cause : values()) {
                if (cause.name().equals(stored)) {
                    return cause;
                }
            }
        }
        return UNKNOWN;
    }
}
