package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SalesforceIds;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What the REST controllers share: object and record look-ups, the caller's context, result bodies.
 */
@Component("salesforceApiSupport")
class ApiSupport {

    private final SettingsHolder settings;
    private final RecordStore store;

    ApiSupport(SettingsHolder settings, RecordStore store) {
        this.settings = settings;
        this.store = store;
    }

    ObjectDef object(String type) {
        return settings.catalog().object(type).orElseThrow(SfApiException::notFound);
    }

    /** A record by its id in a path; a malformed id or one of another type is MALFORMED_ID. */
    SfRecord record(ObjectDef def, String rawId) {
        String id =
                SalesforceIds.normalize(rawId)
                        .filter(i -> i.startsWith(def.keyPrefix()))
                        .orElseThrow(
                                () ->
                                        new SfApiException(
                                                400,
                                                SfError.of(
                                                        "MALFORMED_ID",
                                                        "Record ID: id value of incorrect type: "
                                                                + rawId,
                                                        "Id")));
        return store.get(id).orElseThrow(SfApiException::notFound);
    }

    Optional<SfRecord> find(String rawId) {
        return SalesforceIds.normalize(rawId).flatMap(store::get);
    }

    WriteContext context(HttpServletRequest request) {
        TokenService.Session session =
                (TokenService.Session) request.getAttribute(SalesforcePaths.SESSION_ATTRIBUTE);
        String duplicates = request.getHeader("Sforce-Duplicate-Rule-Header");
        return new WriteContext(
                session.userId(),
                (String) request.getAttribute(SalesforcePaths.CLIENT_ATTRIBUTE),
                true,
                duplicates != null && duplicates.replace(" ", "").contains("allowSave=true"),
                false);
    }

    /** A record as {@code GET /sobjects/{Object}/{id}} returns it. */
    static Map<String, Object> render(
            ObjectDef def, SfRecord record, List<String> fields, String version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "attributes",
                SfRecord.attributes(
                        def.name(),
                        "/services/data/"
                                + version
                                + "/sobjects/"
                                + def.name()
                                + "/"
                                + record.id()));
        List<FieldDef> selected =
                fields == null
                        ? List.copyOf(def.fields())
                        : fields.stream()
                                .map(
                                        name ->
                                                def.field(name.strip())
                                                        .orElseThrow(
                                                                () ->
                                                                        SfApiException.badRequest(
                                                                                "INVALID_FIELD",
                                                                                "No such column '"
                                                                                        + name
                                                                                                .strip()
                                                                                        + "' on entity"
                                                                                        + " '"
                                                                                        + def.name()
                                                                                        + "'. If"
                                                                                        + " you are"
                                                                                        + " attempting"
                                                                                        + " to use"
                                                                                        + " a custom"
                                                                                        + " field,"
                                                                                        + " be sure"
                                                                                        + " to append"
                                                                                        + " the '__c'"
                                                                                        + " after"
                                                                                        + " the custom"
                                                                                        + " field"
                                                                                        + " name."
                                                                                        + " Please"
                                                                                        + " reference"
                                                                                        + " your"
                                                                                        + " WSDL or"
                                                                                        + " the describe"
                                                                                        + " call"
                                                                                        + " for the"
                                                                                        + " appropriate"
                                                                                        + " names.")))
                                .toList();
        for (FieldDef field : selected) {
            body.put(field.name(), record.get(field.name()));
        }
        return body;
    }

    static Map<String, Object> result(String id, List<SfError> errors, Boolean created) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (id != null) {
            body.put("id", id);
        }
        body.put("success", errors.isEmpty());
        body.put("errors", errors.stream().map(SfError::asRecordError).toList());
        if (created != null) {
            body.put("created", created);
        }
        return body;
    }

    static SfApiException failure(List<SfError> errors) {
        boolean deleted =
                errors.stream()
                        .anyMatch(
                                e ->
                                        e.code().equals("ENTITY_IS_DELETED")
                                                && e.fields() != null
                                                && e.fields().isEmpty());
        return new SfApiException(
                deleted ? 404 : 400, errors.stream().map(SfError::asTopLevel).toList());
    }

    static ResponseEntity<Object> json(int status, Object body) {
        return ResponseEntity.status(status).contentType(SalesforceErrorAdvice.JSON).body(body);
    }
}
