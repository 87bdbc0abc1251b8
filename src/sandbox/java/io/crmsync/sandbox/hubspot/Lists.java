package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.SandboxAutoConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Lists v3. MANUAL and SNAPSHOT lists hold the members added to them; DYNAMIC lists hold the live
 * records that match their filter at the moment of asking, so they follow every record change.
 */
@Component
@DependsOn(SandboxAutoConfiguration.SCHEMA_BEAN)
class Lists {

    private static final String KIND = "list";

    /** One list; {@code members} maps record ids to when they were added (manual lists only). */
    record HsList(
            long listId,
            String name,
            String objectTypeId,
            String processingType,
            Map<String, Object> filterBranch,
            long createdAt,
            long updatedAt,
            int listVersion,
            Map<Long, Long> members) {
        boolean dynamic() {
            return "DYNAMIC".equals(processingType);
        }
    }

    private final DocumentStore documents;
    private final ObjectStore store;
    private final Map<Long, HsList> lists = new ConcurrentHashMap<>();

    Lists(DocumentStore documents, ObjectStore store) {
        this.documents = documents;
        this.store = store;
        documents
                .all(KIND)
                .values()
                .forEach(
                        doc -> {
                            HsList list = Json.MAPPER.convertValue(doc, HsList.class);
                            lists.put(list.listId(), list);
                        });
    }

    List<HsList> all() {
        return lists.values().stream()
                .sorted(java.util.Comparator.comparing(HsList::listId))
                .toList();
    }

    Optional<HsList> find(long listId) {
        return Optional.ofNullable(lists.get(listId));
    }

    Optional<HsList> findByName(String objectTypeId, String name) {
        return lists.values().stream()
                .filter(
                        l ->
                                l.objectTypeId().equals(objectTypeId)
                                        && l.name().equalsIgnoreCase(name))
                .findFirst();
    }

    synchronized HsList create(
            String name,
            String objectTypeId,
            String processingType,
            Map<String, Object> filterBranch,
            long now) {
        if (findByName(objectTypeId, name).isPresent()) {
            throw HubSpotException.badRequest("A list named '" + name + "' already exists");
        }
        long id = lists.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        return save(
                new HsList(
                        id,
                        name,
                        objectTypeId,
                        processingType,
                        filterBranch,
                        now,
                        now,
                        1,
                        new TreeMap<>()));
    }

    synchronized void delete(long listId) {
        lists.remove(listId);
        documents.delete(KIND, String.valueOf(listId));
    }

    /** The members in record-id order with the time each joined. */
    Map<Long, Long> members(HsList list) {
        if (!list.dynamic()) {
            Map<Long, Long> live = new TreeMap<>();
            list.members()
                    .forEach(
                            (id, at) -> {
                                HsObject object = store.get(list.objectTypeId(), id);
                                if (object != null && !object.archived()) {
                                    live.put(id, at);
                                }
                            });
            return live;
        }
        Map<Long, Long> members = new LinkedHashMap<>();
        for (HsObject object : store.all(list.objectTypeId())) {
            if (!object.archived() && ListFilter.matches(list.filterBranch(), object)) {
                members.put(object.id(), object.updatedAt());
            }
        }
        return members;
    }

    /** Adds and removes manual members; answers HubSpot's membership update body. */
    synchronized Map<String, Object> change(
            HsList list, List<String> add, List<String> remove, long now) {
        if (list.dynamic()) {
            throw HubSpotException.badRequest(
                    "List "
                            + list.listId()
                            + " is a DYNAMIC list; its memberships cannot be changed manually.");
        }
        Map<Long, Long> members = new TreeMap<>(list.members());
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : add) {
            Long recordId = liveId(list, id);
            if (recordId == null) {
                missing.add(id);
            } else if (members.putIfAbsent(recordId, now) == null) {
                added.add(id);
            }
        }
        for (String id : remove) {
            Long recordId = liveId(list, id);
            if (recordId == null || members.remove(recordId) == null) {
                missing.add(id);
            } else {
                removed.add(id);
            }
        }
        save(
                new HsList(
                        list.listId(),
                        list.name(),
                        list.objectTypeId(),
                        list.processingType(),
                        list.filterBranch(),
                        list.createdAt(),
                        now,
                        list.listVersion(),
                        members));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recordIdsMissing", missing);
        body.put("recordsIdsAdded", added);
        body.put("recordIdsRemoved", removed);
        return body;
    }

    synchronized void clear(HsList list, long now) {
        change(
                list,
                List.of(),
                list.members().keySet().stream().map(String::valueOf).toList(),
                now);
    }

    private Long liveId(HsList list, String id) {
        try {
            HsObject object = store.get(list.objectTypeId(), Long.parseLong(id.strip()));
            return object == null || object.archived() ? null : object.id();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private HsList save(HsList list) {
        lists.put(list.listId(), list);
        documents.put(KIND, String.valueOf(list.listId()), list);
        return list;
    }
}
