package io.crmsync.sync.spi;

import io.crmsync.base.ExternalSystem;

/**
 * The API budget as connectors see it: whether a retry may still be spent. Retries stop at 75 % of
 * the allocation (or past 5,000 calls in 24 hours without one), so that live changes keep their
 * share.
 */
public interface CallBudget {

    boolean mayRetry(ExternalSystem system);

    /** A budget with no limit, for when none is configured. */
    CallBudget UNLIMITED = system -> true;
}
