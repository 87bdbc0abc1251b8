package io.crmsync.spi;

import java.util.Collection;
import java.util.List;

/**
 * A connector that reads and writes associations between records (contact to company, note to
 * contact). Optional: the engine checks for it with {@code instanceof}.
 *
 * <p>Implementations batch as the API allows, never one call per pair where a batch exists, and
 * report every call to the {@link ApiCallObserver}s. A pair the CRM refuses fails alone, in its
 * {@link WriteResult}; failures of the whole call that stop the sync are thrown as {@link
 * ConnectorException}.
 */
public interface AssociationCapable {

    /**
     * The associations from each of {@code fromIds} to records of {@code toType}, labels included.
     * Ids that do not exist, or have no such associations, contribute nothing.
     */
    List<Association> readAssociations(String fromType, Collection<String> fromIds, String toType);

    /**
     * Creates the associations. The result has one entry per pair, in input order, matched by
     * {@link AssociationWrite#reference()}; its {@code id} is the pair's {@code toId}. Creating an
     * association that exists already succeeds.
     */
    List<WriteResult> associate(String fromType, String toType, List<AssociationWrite> pairs);

    /**
     * Removes every association between each pair, whatever its labels. The result has one entry
     * per pair, in input order; removing an association that does not exist succeeds.
     */
    List<WriteResult> dissociate(String fromType, String toType, List<AssociationWrite> pairs);
}
