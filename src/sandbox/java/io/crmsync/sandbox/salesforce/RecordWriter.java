package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.schema.SchemaCatalog;
import io.crmsync.sandbox.salesforce.soql.QueryEngine;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every record write goes through here: input checks, defaults, derived fields, validation, org
 * rules and system fields. {@link #create}, {@link #update} and {@link #delete} only prepare a new
 * version; callers save inside {@link #atomically} so that all-or-none batches are all or none.
 */
@Component("salesforceRecordWriter")
class RecordWriter {

    sealed interface Outcome permits Saved, Failed {}

    record Saved(SfRecord record, List<SfRecord> alsoChanged, boolean created) implements Outcome {}

    record Failed(List<SfError> errors) implements Outcome {}

    private final RecordStore store;
    private final SettingsHolder settings;
    private final QueryEngine queries;
    private final ChangeEvents events;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    RecordWriter(
            RecordStore store,
            SettingsHolder settings,
            QueryEngine queries,
            ChangeEvents events,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.settings = settings;
        this.queries = queries;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    <T> T atomically(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    void save(List<SfRecord> records) {
        records.forEach(events::record);
        store.save(records);
    }

    /** The input as stored values; unknown fields and unparseable values fail the whole request. */
    static Map<String, Object> input(ObjectDef def, Map<String, Object> raw) {
        Map<String, Object> values = new LinkedHashMap<>();
        raw.forEach(
                (name, value) -> {
                    if (name.equals("attributes") || name.equalsIgnoreCase("Id")) {
                        return;
                    }
                    FieldDef field =
                            def.field(name)
                                    .orElseThrow(
                                            () ->
                                                    new SfApiException(
                                                            400,
                                                            SfError.withoutFields(
                                                                    "INVALID_FIELD",
                                                                    "No such column '"
                                                                            + name
                                                                            + "' on sobject of type"
                                                                            + " "
                                                                            + def.name())));
                    values.put(field.name(), ValueCoercer.coerce(field, value));
                });
        return values;
    }

    Outcome create(ObjectDef def, Map<String, Object> raw, WriteContext context) {
        if (def.setup()) {
            return setupRefused("inserted", def);
        }
        Map<String, Object> changes = input(def, raw);
        List<SfError> errors = writable(def, changes.keySet(), true, context);
        Map<String, Object> values = new LinkedHashMap<>();
        String id = store.newId(def.keyPrefix());
        values.put("Id", id);
        values.putAll(changes);
        Derivations.defaults(def, values, context.userId());
        return finish(def, null, values, changes.keySet(), errors, context);
    }

    Outcome update(
            ObjectDef def, SfRecord existing, Map<String, Object> raw, WriteContext context) {
        if (def.setup()) {
            return setupRefused("updated", def);
        }
        Map<String, Object> changes = input(def, raw);
        List<SfError> errors = writable(def, changes.keySet(), false, context);
        if (existing.deleted()) {
            return new Failed(List.of(SfError.of("ENTITY_IS_DELETED", "entity is deleted")));
        }
        if (Boolean.TRUE.equals(existing.get("IsConverted")) && !context.bypassValidation()) {
            return new Failed(
                    List.of(
                            SfError.of(
                                    "CANNOT_UPDATE_CONVERTED_LEAD",
                                    "cannot reference converted lead")));
        }
        Map<String, Object> values = new LinkedHashMap<>(existing.values());
        values.putAll(changes);
        return finish(def, existing, values, changes.keySet(), errors, context);
    }

    Outcome delete(SfRecord existing, WriteContext context) {
        ObjectDef def = settings.catalog().object(existing.type()).orElseThrow();
        if (def.setup()) {
            return setupRefused("deleted", def);
        }
        if (existing.deleted()) {
            return new Failed(List.of(SfError.of("ENTITY_IS_DELETED", "entity is deleted")));
        }
        if (lockFault(context)) {
            return new Failed(List.of(lockError(existing.id())));
        }
        String now = SfTime.format(clock.instant());
        Map<String, Object> stamps =
                Map.of(
                        "IsDeleted",
                        true,
                        "SystemModstamp",
                        now,
                        "LastModifiedDate",
                        now,
                        "LastModifiedById",
                        context.userId());
        return new Saved(
                existing.with(stamps, context.client()),
                OrgRules.cascade(store, existing, stamps, context.client()),
                false);
    }

    private Outcome finish(
            ObjectDef def,
            SfRecord existing,
            Map<String, Object> values,
            Set<String> changedFields,
            List<SfError> errors,
            WriteContext context) {
        Set<String> changed = new LinkedHashSet<>(changedFields);
        SalesforceSettings current = settings.get();
        SchemaCatalog catalog = settings.catalog();
        Derivations.derive(
                def, values, changed, def.name().equals("Case") ? store.count("Case") : 0);
        if (!context.bypassValidation()) {
            AddressRules.apply(def, current.stateCountryMode(), changed, values, errors);
            errors.addAll(
                    RecordValidator.check(def, catalog, store, values, changed, existing == null));
            errors.addAll(
                    SalesProcessRules.check(
                            def,
                            values,
                            changed,
                            existing == null,
                            current.stagesOutsideSalesProcessAccepted()));
        }
        String id = (String) values.get("Id");
        SfRecord candidate = new SfRecord(id, def.name(), values, context.client());
        if (errors.isEmpty() && !context.bypassValidation()) {
            errors.addAll(
                    OrgRules.check(current, catalog, queries, store, candidate, changed, context));
        }
        if (errors.isEmpty() && lockFault(context)) {
            errors.add(lockError(id));
        }
        if (!errors.isEmpty()) {
            return new Failed(errors);
        }
        String now = SfTime.format(clock.instant());
        if (existing == null) {
            values.put("CreatedDate", now);
            values.put("CreatedById", context.userId());
        }
        values.put("LastModifiedDate", now);
        values.put("LastModifiedById", context.userId());
        values.put("SystemModstamp", now);
        if (Boolean.TRUE.equals(values.get("IsClosed"))
                && def.field("ClosedDate").isPresent()
                && values.get("ClosedDate") == null) {
            values.put("ClosedDate", now);
        }
        SfRecord saved = new SfRecord(id, def.name(), values, context.client());
        return new Saved(saved, OrgRules.sideEffects(store, saved, now), existing == null);
    }

    private List<SfError> writable(
            ObjectDef def, Set<String> fields, boolean create, WriteContext context) {
        List<String> refused = new ArrayList<>();
        for (String name : fields) {
            FieldDef field = def.field(name).orElseThrow();
            boolean allowed = create ? field.createable() : field.updateable();
            boolean readOnly =
                    context.integration()
                            && settings.get().readOnlyFields().contains(def.name() + "." + name);
            if ((!allowed || readOnly) && !context.bypassValidation()) {
                refused.add(name);
            }
        }
        List<SfError> errors = new ArrayList<>();
        if (!refused.isEmpty()) {
            errors.add(
                    new SfError(
                            "INVALID_FIELD_FOR_INSERT_UPDATE",
                            "Unable to create/update"
                                    + " fields: "
                                    + String.join(", ", refused)
                                    + ". Please check the security settings of this field and"
                                    + " verify that it is read/write for your profile or permission"
                                    + " set.",
                            refused));
        }
        return errors;
    }

    private boolean lockFault(WriteContext context) {
        double rate = settings.get().lockRate();
        return context.integration() && rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }

    /** The org's set-up is changed in Setup, not through the data API. */
    private static Failed setupRefused(String operation, ObjectDef def) {
        return new Failed(
                List.of(
                        SfError.of(
                                "INVALID_TYPE_FOR_OPERATION",
                                "entity type cannot be " + operation + ": " + def.name())));
    }

    private static SfError lockError(String id) {
        return SfError.of(
                "UNABLE_TO_LOCK_ROW",
                "unable to obtain exclusive access to this record" + " or 1 records: " + id);
    }
}
