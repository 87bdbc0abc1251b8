package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.store.JsonMaps;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Upsert by external id, shared by the single-record and the collection endpoints. */
@Component("salesforceUpserts")
class Upserts {

    /**
     * The outcome of one upsert; {@code matches} holds the ids when more than one record matched.
     */
    record Result(RecordWriter.Outcome outcome, List<String> matches) {}

    private final RecordStore store;
    private final RecordWriter writer;

    Upserts(RecordStore store, RecordWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    FieldDef externalField(ObjectDef def, String name) {
        return def.field(name)
                .filter(
                        f ->
                                f.externalId()
                                        || f.name().equals("Id")
                                        || f.type()
                                                == io.crmsync.sandbox.salesforce.schema.FieldType
                                                        .EMAIL)
                .orElseThrow(
                        () ->
                                new SfApiException(
                                        404,
                                        List.of(
                                                JsonMaps.of(
                                                        "errorCode",
                                                        "NOT_FOUND",
                                                        "message",
                                                        "Provided external ID field does not exist"
                                                                + " or is not accessible: "
                                                                + name))));
    }

    /**
     * Prepares (does not save) the create or update; call inside {@link RecordWriter#atomically}.
     */
    Result prepare(
            ObjectDef def,
            FieldDef field,
            String value,
            Map<String, Object> body,
            WriteContext context,
            boolean updateOnly) {
        List<SfRecord> matches =
                value == null || value.isEmpty()
                        ? List.of()
                        : store.withValue(def.name(), field.name(), value).stream()
                                .filter(r -> !r.deleted())
                                .limit(10)
                                .toList();
        if (matches.size() > 1) {
            return new Result(null, matches.stream().map(SfRecord::id).toList());
        }
        Map<String, Object> input = new LinkedHashMap<>(body);
        input.remove(field.name());
        if (matches.size() == 1) {
            return new Result(writer.update(def, matches.getFirst(), input, context), List.of());
        }
        if (updateOnly) {
            throw SfApiException.notFound();
        }
        if (!field.name().equals("Id")) {
            input.put(field.name(), value);
        }
        return new Result(writer.create(def, input, context), List.of());
    }
}
