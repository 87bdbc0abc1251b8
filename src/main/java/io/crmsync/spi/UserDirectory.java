package io.crmsync.spi;

import java.util.List;

/**
 * A connector that lists the CRM's users (HubSpot owners, Salesforce users), so that record owners
 * can be mapped between the CRMs by email. Optional: the engine checks for it with {@code
 * instanceof}.
 *
 * <p>Every page is one call, reported to the {@link ApiCallObserver}s; failures are thrown as
 * {@link ConnectorException}.
 */
public interface UserDirectory {

    /** Every user of the CRM, active or not, in the CRM's order. */
    List<CrmUser> users();
}
