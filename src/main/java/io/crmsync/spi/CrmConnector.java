package io.crmsync.spi;

import io.crmsync.base.ExternalSystem;
import java.util.Collection;
import java.util.List;

/**
 * One CRM, as the sync engine sees it. Implementations batch every call that the API allows to
 * batch, never issue one call per record where a batch exists, and report every call to the {@link
 * ApiCallObserver}s.
 *
 * <p>Failures are thrown as {@link ConnectorException} carrying a classified {@link SyncFailure};
 * failures of single records in a batch are returned in their {@link WriteResult} instead, so that
 * one bad record never fails its neighbours.
 */
public interface CrmConnector {

    ExternalSystem system();

    /** The org or portal, the integration user, and the API version in use. */
    Identity identity();

    /**
     * The CRM's daily API limit and what is left of it. Costs at most one call: Salesforce reads
     * its {@code /limits} resource; HubSpot answers from the last response's headers and calls only
     * when it has made no call yet.
     */
    ApiLimits limits();

    /**
     * Fields, types, lengths, required flags, picklist values and relationships of an object. The
     * connector keeps what it read for a while, so that callers need no cache of their own: a
     * repeated describe within that time costs no call.
     */
    ObjectSchema describe(String objectType);

    /**
     * Drops every kept describe, so that the next {@link #describe} reads the CRM again: for a
     * caller that learnt a field is gone or renamed (an {@code INVALID_FIELD} answer).
     */
    void invalidateSchemas();

    /**
     * Records of {@code objectType} changed after {@code cursor} (inclusive of later ids at the
     * same instant), oldest first, deletes included, at most {@code pageSize} of them. The returned
     * page's cursor is where the next call starts; it covers only records returned in this page.
     */
    ChangePage readChanges(
            String objectType, ChangeCursor cursor, List<String> fields, int pageSize);

    /** The records with these ids; ids that do not exist are absent from the result. */
    List<CrmRecord> readByIds(String objectType, Collection<String> ids, List<String> fields);

    /** The records whose {@code keyField} (an email, an external id) has one of these values. */
    List<CrmRecord> readByKey(
            String objectType, String keyField, Collection<String> values, List<String> fields);

    /**
     * The records of any of {@code objectTypes} whose {@code keyField} has one of these values, in
     * the order of the types. A connector whose API can read several types in one call overrides
     * this; by default it is one {@link #readByKey} per type.
     */
    default List<CrmRecord> readByKey(
            List<String> objectTypes,
            String keyField,
            Collection<String> values,
            java.util.function.Function<String, List<String>> fieldsOf) {
        List<CrmRecord> found = new java.util.ArrayList<>();
        for (String type : objectTypes) {
            found.addAll(readByKey(type, keyField, values, fieldsOf.apply(type)));
        }
        return found;
    }

    /**
     * Writes records in as few calls as the API's batch sizes allow. The result has one entry per
     * input, matched by {@link RecordWrite#reference()}, whatever order the API answered in.
     */
    List<WriteResult> write(String objectType, WriteOperation operation, List<RecordWrite> records);
}
