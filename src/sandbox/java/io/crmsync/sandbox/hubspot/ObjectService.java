package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes records as HubSpot does: validation, system and calculated properties, the unique contact
 * email, a deal's stage within its pipeline, the forward-only lifecycle stage, and a change event
 * for every write.
 */
@Component
class ObjectService {

    private final ObjectStore store;
    private final PropertyValidator validator;
    private final LiveSettings settings;
    private final SandboxClock clock;
    private final ObjectProvider<ChangeListener> listeners;
    private volatile List<ChangeListener> resolvedListeners;

    ObjectService(
            ObjectStore store,
            PropertyValidator validator,
            LiveSettings settings,
            SandboxClock clock,
            ObjectProvider<ChangeListener> listeners) {
        this.store = store;
        this.validator = validator;
        this.settings = settings;
        this.clock = clock;
        this.listeners = listeners;
    }

    /** Checks input for a create without writing; the returned values go to {@link #insert}. */
    Map<String, String> prepareCreate(ObjectType type, Map<String, ?> input) {
        Map<String, String> values = validator.validate(type, input);
        if (type.isEngagement() && !values.containsKey("hs_timestamp")) {
            throw HubSpotException.badRequest(
                    "Property values were not valid: [{\"isValid\":false,"
                            + "\"message\":\"hs_timestamp is required\",\"error\":\"REQUIRED_PROPERTY\","
                            + "\"name\":\"hs_timestamp\"}]");
        }
        if (type.isContact()) {
            Long existing = store.contactIdByEmail(values.get("email"));
            if (existing != null) {
                throw HubSpotException.conflict("Contact already exists. Existing ID: " + existing);
            }
        }
        DealStages.check(type, values, null, validator);
        return values;
    }

    synchronized HsObject create(ObjectType type, Map<String, ?> input, Caller caller) {
        return insert(type, prepareCreate(type, input), caller, true);
    }

    /** Stores a new record from checked values; {@code notify} false for silent seeding. */
    synchronized HsObject insert(
            ObjectType type, Map<String, String> values, Caller caller, boolean notify) {
        long now = clock.millis();
        long id = store.nextId();
        Map<String, String> p = new HashMap<>(values);
        DerivedProperties.onCreate(type, p, id, now, caller);
        DerivedProperties.onWrite(type, p, now);
        DerivedProperties.writtenBy(p, caller);
        HsObject object = new HsObject(type.id(), id, p, now, now, null);
        store.put(object);
        if (notify) {
            List<Change> changes = new ArrayList<>();
            changes.add(
                    new Change(
                            "creation",
                            type,
                            id,
                            null,
                            null,
                            caller,
                            now,
                            Map.of("changeFlag", "NEW")));
            values.forEach(
                    (k, v) ->
                            changes.add(
                                    new Change(
                                            "propertyChange",
                                            type,
                                            id,
                                            k,
                                            v,
                                            caller,
                                            now,
                                            Map.of())));
            publish(changes);
        }
        return object;
    }

    /** Checks an update without writing; the returned values go to {@link #apply}. */
    Map<String, String> prepareUpdate(ObjectType type, HsObject current, Map<String, ?> input) {
        Map<String, String> values = new LinkedHashMap<>(validator.validate(type, input));
        if (type.isContact() && values.get("email") != null && !values.get("email").isEmpty()) {
            Long existing = store.contactIdByEmail(values.get("email"));
            if (existing != null && existing != current.id()) {
                throw HubSpotException.conflict("Contact already exists. Existing ID: " + existing);
            }
        }
        DealStages.check(type, values, current, validator);
        return values;
    }

    synchronized HsObject update(
            ObjectType type, HsObject current, Map<String, ?> input, Caller caller) {
        return apply(type, current, prepareUpdate(type, current, input), caller);
    }

    /** Writes checked values onto the record's latest state. */
    synchronized HsObject apply(
            ObjectType type, HsObject stale, Map<String, String> checked, Caller caller) {
        HsObject current = store.get(type.id(), stale.id());
        Map<String, String> values = new LinkedHashMap<>(checked);
        if ("INTEGRATION".equals(caller.changeSource())) {
            dropBackwardLifecycle(current, values);
        }
        long now = clock.millis();
        Map<String, String> p = new HashMap<>(current.properties());
        List<Change> changes = new ArrayList<>();
        values.forEach(
                (k, v) -> {
                    if (!Objects.equals(p.get(k), v)) {
                        changes.add(
                                new Change(
                                        "propertyChange",
                                        type,
                                        current.id(),
                                        k,
                                        v,
                                        caller,
                                        now,
                                        Map.of()));
                    }
                    p.put(k, v);
                });
        DerivedProperties.onWrite(type, p, now);
        DerivedProperties.writtenBy(p, caller);
        HsObject updated = new HsObject(type.id(), current.id(), p, current.createdAt(), now, null);
        store.put(updated);
        publish(changes);
        return updated;
    }

    /**
     * A record's primary company changed: HubSpot gives it a new {@code associatedcompanyid}, a
     * property change that modifies the record. {@code company} is null for none.
     */
    synchronized void primaryCompanyChanged(ObjectType type, long id, Long company, Caller caller) {
        HsObject current = store.get(type.id(), id);
        if (current == null || current.archived()) {
            return;
        }
        long now = clock.millis();
        Map<String, String> p = new HashMap<>(current.properties());
        DerivedProperties.onWrite(type, p, now);
        DerivedProperties.writtenBy(p, caller);
        store.put(new HsObject(type.id(), id, p, current.createdAt(), now, null));
        publish(
                List.of(
                        new Change(
                                "propertyChange",
                                type,
                                id,
                                ObjectJson.PRIMARY_COMPANY,
                                company == null ? "" : company.toString(),
                                caller,
                                now,
                                Map.of())));
    }

    synchronized void archive(ObjectType type, HsObject current, Caller caller) {
        if (current.archived()) {
            return;
        }
        long now = clock.millis();
        store.put(
                new HsObject(
                        type.id(),
                        current.id(),
                        current.properties(),
                        current.createdAt(),
                        now,
                        now));
        publish(
                List.of(
                        new Change(
                                "deletion",
                                type,
                                current.id(),
                                null,
                                null,
                                caller,
                                now,
                                Map.of("changeFlag", "DELETED"))));
    }

    /** Archives the record and erases every value except its id (a GDPR delete). */
    synchronized void erase(ObjectType type, HsObject current, Caller caller) {
        long now = clock.millis();
        store.put(
                new HsObject(
                        type.id(),
                        current.id(),
                        Map.of("hs_object_id", String.valueOf(current.id())),
                        current.createdAt(),
                        now,
                        now));
        publish(
                List.of(
                        new Change(
                                "privacyDeletion",
                                type,
                                current.id(),
                                null,
                                null,
                                caller,
                                now,
                                Map.of())));
    }

    /**
     * Merges {@code merged} into {@code primary}: empty primary values are filled, merged is
     * archived.
     */
    synchronized HsObject merge(ObjectType type, HsObject primary, HsObject merged, Caller caller) {
        long now = clock.millis();
        Map<String, String> p = new HashMap<>(merged.properties());
        p.putAll(primary.properties());
        p.put("hs_all_contact_vids", primary.id() + ";" + merged.id());
        DerivedProperties.onWrite(type, p, now);
        DerivedProperties.writtenBy(p, caller);
        store.put(
                new HsObject(
                        type.id(), merged.id(), merged.properties(), merged.createdAt(), now, now));
        HsObject result = new HsObject(type.id(), primary.id(), p, primary.createdAt(), now, null);
        store.put(result);
        publish(
                List.of(
                        new Change(
                                "merge",
                                type,
                                primary.id(),
                                null,
                                null,
                                caller,
                                now,
                                Map.of(
                                        "primaryObjectId",
                                        primary.id(),
                                        "mergedObjectIds",
                                        List.of(merged.id()),
                                        "newObjectId",
                                        primary.id(),
                                        "numberOfPropertiesMoved",
                                        p.size() - primary.properties().size()))));
        return result;
    }

    private void dropBackwardLifecycle(HsObject current, Map<String, String> values) {
        String next = values.get("lifecyclestage");
        String now = current.get("lifecyclestage");
        if (!settings.lifecycleBackwardIgnored()
                || next == null
                || next.isEmpty()
                || now == null
                || now.isEmpty()) {
            return;
        }
        int from = StandardProperties.LIFECYCLE.indexOf(now);
        int to = StandardProperties.LIFECYCLE.indexOf(next);
        if (from >= 0 && to >= 0 && to < from) {
            values.remove("lifecyclestage");
        }
    }

    private void publish(List<Change> changes) {
        if (!changes.isEmpty()) {
            if (resolvedListeners == null) {
                resolvedListeners = listeners.orderedStream().toList();
            }
            resolvedListeners.forEach(listener -> listener.changed(changes));
        }
    }
}
