package io.crmsync.records.ui;

import com.vaadin.flow.router.QueryParameters;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.SyncObject;
import java.util.Locale;

/**
 * Links to the Records page: {@code records?object=company&id=...} opens one record of a synced
 * object by its HubSpot or Salesforce id; {@code records?q=...} searches as the search field does.
 */
final class RecordLinks {

    static final String ROUTE = "records";
    static final String QUERY = "q";
    static final String OBJECT = "object";
    static final String ID = "id";

    private RecordLinks() {}

    static String to(RecordRef ref) {
        return ROUTE
                + "?"
                + QueryParameters.of(OBJECT, ref.object().linkKind()).getQueryString()
                + "&"
                + QueryParameters.of(ID, ref.id()).getQueryString();
    }

    static String search(String query) {
        return ROUTE + "?" + QueryParameters.of(QUERY, query).getQueryString();
    }

    /** "Contact", "Company". */
    static String objectName(SyncObject object) {
        String singular = object.singular();
        return singular.substring(0, 1).toUpperCase(Locale.ROOT) + singular.substring(1);
    }
}
