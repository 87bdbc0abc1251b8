package io.crmsync.spi;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A connector that reads and changes lists of records, such as the inclusion list that decides
 * which contacts sync. Optional: the engine checks for it with {@code instanceof}.
 *
 * <p>Implementations read every page before returning, change memberships in as few calls as the
 * API allows, and report every call to the {@link ApiCallObserver}s. Failures are thrown as {@link
 * ConnectorException}.
 */
public interface ListCapable {

    /** Every list in the account, all pages read. */
    List<CrmList> lists();

    /** Creates a manual (static) list of records of {@code objectType}. */
    CrmList createList(String name, String objectType);

    /** The ids of every member of the list, all pages read. */
    Set<String> members(String listId);

    /** Adds the records to a manual list; ids that are members already are ignored. */
    void addMembers(String listId, Collection<String> ids);

    /** Removes the records from a manual list; ids that are not members are ignored. */
    void removeMembers(String listId, Collection<String> ids);
}
