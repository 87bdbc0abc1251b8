package io.crmsync.sandbox.hubspot;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The object types the sandbox serves, looked up by path name, singular or objectTypeId. */
@Component
class ObjectTypes {

    private static final String CREATED = "createdate";
    private static final String HS_CREATED = "hs_createdate";
    private static final String MODIFIED = "hs_lastmodifieddate";

    private final Map<String, ObjectType> byKey = new ConcurrentHashMap<>();
    private final Map<String, ObjectType> byId = new ConcurrentHashMap<>();

    ObjectTypes() {
        add(
                new ObjectType(
                        "contacts",
                        "0-1",
                        "contact",
                        CREATED,
                        "lastmodifieddate",
                        List.of(
                                "createdate",
                                "email",
                                "firstname",
                                "hs_object_id",
                                "lastmodifieddate",
                                "lastname"),
                        List.of("firstname", "lastname", "email", "phone", "company", "website")));
        add(
                new ObjectType(
                        "companies",
                        "0-2",
                        "company",
                        CREATED,
                        MODIFIED,
                        List.of(
                                "createdate",
                                "domain",
                                "hs_lastmodifieddate",
                                "hs_object_id",
                                "name"),
                        List.of("name", "domain", "website", "phone")));
        add(
                new ObjectType(
                        "deals",
                        "0-3",
                        "deal",
                        CREATED,
                        MODIFIED,
                        List.of(
                                "amount",
                                "closedate",
                                "createdate",
                                "dealname",
                                "dealstage",
                                "hs_lastmodifieddate",
                                "hs_object_id",
                                "pipeline"),
                        List.of("dealname")));
        add(
                new ObjectType(
                        "tickets",
                        "0-5",
                        "ticket",
                        CREATED,
                        MODIFIED,
                        List.of(
                                "content",
                                "createdate",
                                "hs_lastmodifieddate",
                                "hs_object_id",
                                "hs_pipeline",
                                "hs_pipeline_stage",
                                "hs_ticket_category",
                                "hs_ticket_priority",
                                "subject"),
                        List.of("subject", "content")));
        engagement("notes", "0-46", "note", "hs_note_body");
        engagement("tasks", "0-27", "task", "hs_task_subject");
        engagement("calls", "0-48", "call", "hs_call_title");
        engagement("emails", "0-49", "email", "hs_email_subject");
        engagement("meetings", "0-47", "meeting", "hs_meeting_title");
    }

    private void engagement(String name, String id, String singular, String title) {
        add(
                new ObjectType(
                        name,
                        id,
                        singular,
                        HS_CREATED,
                        MODIFIED,
                        List.of("hs_createdate", "hs_lastmodifieddate", "hs_object_id"),
                        List.of(title)));
    }

    void add(ObjectType type) {
        byId.put(type.id(), type);
        byKey.put(type.name().toLowerCase(Locale.ROOT), type);
        byKey.put(type.singular().toLowerCase(Locale.ROOT), type);
        byKey.put(type.id(), type);
    }

    /** Another name for a type, such as a custom object's fully qualified name. */
    void alias(String key, ObjectType type) {
        byKey.put(key.toLowerCase(Locale.ROOT), type);
    }

    /** The type a path segment names, or empty. */
    Optional<ObjectType> find(String key) {
        return Optional.ofNullable(byKey.get(key.toLowerCase(Locale.ROOT)));
    }

    /** The type a path segment names, or the real API's 400 for an unknown type. */
    ObjectType require(String key) {
        return find(key)
                .orElseThrow(
                        () ->
                                HubSpotException.badRequest(
                                        "Unable to infer object type from: " + key));
    }

    Collection<ObjectType> all() {
        return byId.values().stream()
                .sorted(java.util.Comparator.comparing(ObjectType::id))
                .toList();
    }
}
