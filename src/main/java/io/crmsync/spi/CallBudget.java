package io.crmsync.spi;

import io.crmsync.base.ExternalSystem;
import java.util.Optional;

/**
 * The API budget as connectors see it: whether a retry may still be spent. Retries stop at 75 % of
 * the allocation (or past 5,000 calls in 24 hours without one), so that live changes keep their
 * share.
 */
public interface CallBudget {

    boolean mayRetry(ExternalSystem system);

    /**
     * Why non-urgent work (backfills, reconciliation) on {@code system} should wait now, in words
     * an admin understands; empty when it may go on. Live changes are not held.
     */
    default Optional<String> holdReason(ExternalSystem system) {
        return Optional.empty();
    }

    /** A budget with no limit, for when none is configured. */
    CallBudget UNLIMITED = system -> true;
}
