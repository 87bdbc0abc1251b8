package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.store.SalesforceIds;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Collection writes: results in request order, per-record errors under {@code statusCode}, and with
 * {@code allOrNone} nothing saved when any record fails.
 */
@Component("salesforceCollectionWrites")
class CollectionWrites {

    static final int MAX_RECORDS = 200;

    record UpsertKey(ObjectDef def, String field) {}

    private record Item(RecordWriter.Outcome outcome, String id, Boolean created) {}

    private final ApiSupport api;
    private final RecordWriter writer;
    private final Upserts upserts;

    CollectionWrites(ApiSupport api, RecordWriter writer, Upserts upserts) {
        this.api = api;
        this.writer = writer;
        this.upserts = upserts;
    }

    List<Map<String, Object>> write(
            CollectionsController.CollectionRequest body,
            UpsertKey upsert,
            WriteContext context,
            boolean create) {
        List<Map<String, Object>> records = body.records() == null ? List.of() : body.records();
        checkSize(records.size());
        FieldDef external =
                upsert == null ? null : upserts.externalField(upsert.def(), upsert.field());
        return writer.atomically(
                () -> {
                    List<Item> items = new ArrayList<>();
                    for (Map<String, Object> record : records) {
                        items.add(
                                upsert != null
                                        ? upsert(upsert.def(), external, record, context)
                                        : create
                                                ? new Item(
                                                        writer.create(
                                                                type(record), record, context),
                                                        null,
                                                        null)
                                                : update(record, context));
                    }
                    return finish(items, body.atomic());
                });
    }

    List<Map<String, Object>> delete(List<String> ids, boolean allOrNone, WriteContext context) {
        checkSize(ids.size());
        return writer.atomically(
                () -> {
                    List<Item> items = new ArrayList<>();
                    for (String raw : ids) {
                        String id = raw.strip();
                        SfRecord existing = api.find(id).orElse(null);
                        items.add(
                                new Item(
                                        existing == null
                                                ? missing(id)
                                                : writer.delete(existing, context),
                                        id,
                                        null));
                    }
                    return finish(items, allOrNone);
                });
    }

    private Item update(Map<String, Object> record, WriteContext context) {
        ObjectDef def = type(record);
        Object rawId = record.containsKey("id") ? record.get("id") : record.get("Id");
        if (rawId == null) {
            return new Item(
                    new RecordWriter.Failed(
                            List.of(
                                    SfError.of(
                                            "MISSING_ARGUMENT",
                                            "Id not specified in an update call"))),
                    null,
                    null);
        }
        SfRecord existing =
                api.find(rawId.toString()).filter(r -> r.type().equals(def.name())).orElse(null);
        if (existing == null) {
            return new Item(
                    new RecordWriter.Failed(
                            List.of(
                                    SfError.of(
                                            "INVALID_CROSS_REFERENCE_KEY",
                                            "invalid cross reference id"))),
                    null,
                    null);
        }
        return new Item(writer.update(def, existing, record, context), existing.id(), null);
    }

    private Item upsert(
            ObjectDef def, FieldDef external, Map<String, Object> record, WriteContext context) {
        if (!(record.get("attributes") instanceof Map<?, ?>)) {
            return new Item(
                    new RecordWriter.Failed(
                            List.of(
                                    SfError.of(
                                            "JSON_PARSER_ERROR",
                                            "Nested object for polymorphic foreign key must have an"
                                                    + " attributes field before any other fields."))),
                    null,
                    false);
        }
        Object value = record.get(external.name());
        // Upserting by Id creates the records that carry no Id, as the real API does.
        if (value == null && !external.name().equals("Id")) {
            return new Item(
                    new RecordWriter.Failed(
                            List.of(
                                    SfError.of(
                                            "MISSING_ARGUMENT",
                                            def.name()
                                                    + ": "
                                                    + external.name()
                                                    + " not specified"))),
                    null,
                    null);
        }
        Upserts.Result result =
                upserts.prepare(
                        def,
                        external,
                        value == null ? null : value.toString(),
                        record,
                        context,
                        false);
        if (!result.matches().isEmpty()) {
            return new Item(
                    new RecordWriter.Failed(
                            List.of(
                                    SfError.of(
                                            "DUPLICATE_EXTERNAL_ID",
                                            external.label()
                                                    + ": more than one record found for external id"
                                                    + " field: "
                                                    + result.matches(),
                                            external.name()))),
                    null,
                    null);
        }
        Boolean created = result.outcome() instanceof RecordWriter.Saved s ? s.created() : false;
        return new Item(result.outcome(), null, created);
    }

    private List<Map<String, Object>> finish(List<Item> items, boolean allOrNone) {
        boolean anyFailed =
                items.stream().anyMatch(i -> i.outcome() instanceof RecordWriter.Failed);
        List<Map<String, Object>> results = new ArrayList<>();
        List<SfRecord> toSave = new ArrayList<>();
        for (Item item : items) {
            if (item.outcome() instanceof RecordWriter.Failed failed) {
                results.add(ApiSupport.result(item.id(), failed.errors(), item.created()));
            } else if (allOrNone && anyFailed) {
                results.add(
                        ApiSupport.result(
                                null,
                                List.of(
                                        SfError.of(
                                                "ALL_OR_NONE_OPERATION_ROLLED_BACK",
                                                "Record rolled back because not all records were"
                                                        + " valid and the request was using AllOrNone"
                                                        + " header")),
                                null));
            } else {
                RecordWriter.Saved saved = (RecordWriter.Saved) item.outcome();
                toSave.addAll(SObjectController.concat(saved));
                results.add(ApiSupport.result(saved.record().id(), List.of(), item.created()));
            }
        }
        if (!(allOrNone && anyFailed)) {
            writer.save(toSave);
        }
        return results;
    }

    private ObjectDef type(Map<String, Object> record) {
        if (record.get("attributes") instanceof Map<?, ?> attributes
                && attributes.get("type") instanceof String type) {
            return api.object(type);
        }
        throw SfApiException.badRequest(
                "INVALID_FIELD", "No SObject Type defined in the attributes of the record");
    }

    private static RecordWriter.Failed missing(String id) {
        if (SalesforceIds.normalize(id).isEmpty()) {
            return new RecordWriter.Failed(
                    List.of(SfError.of("MALFORMED_ID", "malformed id " + id)));
        }
        return new RecordWriter.Failed(
                List.of(SfError.of("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id")));
    }

    private static void checkSize(int size) {
        if (size > MAX_RECORDS) {
            throw SfApiException.badRequest(
                    "EXCEEDED_ID_LIMIT",
                    "record limit reached. cannot"
                            + " submit more than 200 records into this call");
        }
    }
}
