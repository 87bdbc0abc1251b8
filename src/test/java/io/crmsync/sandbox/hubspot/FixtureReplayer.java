package io.crmsync.sandbox.hubspot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns a recorded HubSpot exchange into the same request against the sandbox: ids become ids of
 * records made for the purpose, and property values the sandbox does not define are left out.
 */
final class FixtureReplayer {

    private static final List<String> TYPES =
            List.of("contacts", "companies", "deals", "tickets", "tasks", "notes");
    private static final List<String> OUT_OF_SCOPE =
            List.of(
                    "/crm/v3/associations",
                    "/crm/v3/objects/products",
                    "/crm/v3/objects/line_items",
                    "/crm/v3/properties/line_items");

    private final HubSpotHttp api;
    private final Map<String, List<String>> ids = new HashMap<>();
    private final Map<String, Set<String>> writable = new HashMap<>();

    FixtureReplayer(HubSpotHttp api) {
        this.api = api;
    }

    /** Records to read, update and list: enough of each type to page the recorded searches. */
    void createRecords() {
        for (String type : TYPES) {
            Set<String> names = new HashSet<>();
            for (Map<String, Object> p : api.get("/crm/v3/properties/" + type).results()) {
                if (!Boolean.TRUE.equals(
                        ((Map<?, ?>) p.get("modificationMetadata")).get("readOnlyValue"))) {
                    names.add((String) p.get("name"));
                }
            }
            writable.put(type, names);
        }
        for (int i = 0; i < 12; i++) {
            create(
                    "contacts",
                    Map.of(
                            "email",
                            "fixture" + i + "@example.com",
                            "firstname",
                            "Test",
                            "lastname",
                            "P" + i),
                    List.of());
            create(
                    "companies",
                    Map.of("name", "Test Company " + i, "domain", "test" + i + ".example.com"),
                    List.of());
        }
        for (int i = 0; i < 12; i++) {
            create(
                    "deals",
                    Map.of("dealname", "Test Deal " + i, "amount", "100"),
                    List.of(
                            association(first("contacts"), 3),
                            association(first("companies"), 341)));
            create("tickets", Map.of("subject", "Test Ticket " + i), List.of());
            create(
                    "tasks",
                    Map.of("hs_timestamp", "2026-01-01T00:00:00Z", "hs_task_subject", "Task " + i),
                    List.of(
                            association(first("contacts"), 204),
                            association(first("companies"), 192),
                            association(first("deals"), 216)));
        }
        create(
                "notes",
                Map.of("hs_timestamp", "2026-01-01T00:00:00Z", "hs_note_body", "Note"),
                List.of());
    }

    String outOfScope(HubSpotFixtureFidelityIT.Recording recording) {
        if (!recording.path().startsWith("/crm/v3/")
                && !recording.path().startsWith("/account-info/v3/details")) {
            return "not a CRM v3 endpoint";
        }
        return OUT_OF_SCOPE.stream()
                .filter(recording.path()::startsWith)
                .findFirst()
                .map(p -> "not served: " + p)
                .orElse(null);
    }

    boolean isCreate(HubSpotFixtureFidelityIT.Recording recording) {
        String[] segments = recording.path().split("/");
        return "POST".equals(recording.method())
                && (segments.length == 5 || recording.path().endsWith("/batch/create"));
    }

    @SuppressWarnings("unchecked")
    HubSpotHttp.Response replay(HubSpotFixtureFidelityIT.Recording recording) {
        String[] segments = recording.path().split("/");
        String type = segments.length > 4 ? segments[4] : null;
        String path = recording.path();
        if (path.startsWith("/crm/v3/objects/")
                && segments.length >= 6
                && segments[5].matches("\\d+")) {
            String id = "DELETE".equals(recording.method()) ? fresh(type) : first(type);
            path = String.join("/", List.of(segments).subList(0, 5)) + "/" + id;
        }
        if (path.startsWith("/crm/v3/owners/")) {
            path = "/crm/v3/owners/" + Owners.ALL.getFirst().id();
        }
        Map<String, Object> params = new LinkedHashMap<>(recording.params());
        Object body = recording.body();
        boolean mock = recording.status() == null;
        if (mock && "GET".equals(recording.method())) {
            Object sample =
                    recording.response() instanceof Map<?, ?> m
                                    && m.get("results") instanceof List<?> l
                                    && !l.isEmpty()
                            ? l.getFirst()
                            : recording.response();
            if (sample instanceof Map<?, ?> s && s.get("associations") instanceof Map<?, ?> a) {
                params.put("associations", String.join(",", (Set<String>) a.keySet()));
            }
            if (path.startsWith("/crm/v3/objects/") && segments.length == 5) {
                params.put("limit", "100");
            }
        } else if (mock && path.startsWith("/crm/v3/properties/")) {
            Map<String, Object> r = (Map<String, Object>) recording.response();
            body =
                    Map.of(
                            "name",
                            r.get("name"),
                            "label",
                            r.get("label"),
                            "type",
                            r.get("type"),
                            "fieldType",
                            r.get("fieldType"),
                            "groupName",
                            r.get("groupName"),
                            "options",
                            r.get("options"));
        } else if (mock
                && recording.response() instanceof Map<?, ?> r
                && r.get("properties") instanceof Map<?, ?> p) {
            body = Map.of("properties", p);
        }
        if (body instanceof Map<?, ?> map) {
            body = adapt(type, (Map<String, Object>) map);
        }
        String query =
                params.entrySet().stream()
                        .map(
                                e ->
                                        e.getKey()
                                                + "="
                                                + URLEncoder.encode(
                                                        String.valueOf(e.getValue()),
                                                        StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return api.send(recording.method(), path + (query.isEmpty() ? "" : "?" + query), body);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> adapt(String type, Map<String, Object> body) {
        Map<String, Object> adapted = new LinkedHashMap<>(body);
        if (body.get("properties") instanceof Map<?, ?> p) {
            adapted.put("properties", writableOnly(type, (Map<String, Object>) p));
        }
        if (body.get("associations") instanceof List<?> list) {
            List<Object> associations = new ArrayList<>();
            for (Object item : list) {
                Map<String, Object> a = new LinkedHashMap<>((Map<String, Object>) item);
                a.put("to", Map.of("id", first("contacts")));
                associations.add(a);
            }
            adapted.put("associations", associations);
        }
        if (body.get("inputs") instanceof List<?> inputs) {
            List<Object> replaced = new ArrayList<>();
            for (Object item : inputs) {
                Map<String, Object> input = new LinkedHashMap<>((Map<String, Object>) item);
                if (input.containsKey("id")) {
                    input.put("id", first(type));
                }
                if (input.get("properties") instanceof Map<?, ?> p) {
                    input.put("properties", writableOnly(type, (Map<String, Object>) p));
                }
                replaced.add(input);
            }
            adapted.put("inputs", replaced);
        }
        return adapted;
    }

    private Map<String, Object> writableOnly(String type, Map<String, Object> properties) {
        Map<String, Object> kept = new LinkedHashMap<>();
        Set<String> allowed = writable.getOrDefault(type, Set.of());
        properties.forEach(
                (k, v) -> {
                    if (allowed.contains(k)
                            && !"email".equals(k)
                            && !"hubspot_owner_id".equals(k)) {
                        kept.put(k, v);
                    }
                });
        if (properties.containsKey("email") && "".equals(properties.get("email"))) {
            kept.put("email", "");
        } else if (properties.containsKey("email")) {
            kept.put(
                    "email",
                    "replay." + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
        }
        return kept;
    }

    private String first(String type) {
        return ids.get(type).getFirst();
    }

    private String fresh(String type) {
        return create(
                type,
                "tasks".equals(type) || "notes".equals(type)
                        ? Map.of("hs_timestamp", "2026-01-01T00:00:00Z")
                        : Map.of(),
                List.of());
    }

    private String create(String type, Map<String, Object> properties, List<Object> associations) {
        var response =
                api.post(
                        "/crm/v3/objects/" + type,
                        Map.of("properties", properties, "associations", associations));
        if (response.status() != 201) {
            throw new IllegalStateException("Could not create a " + type + ": " + response.text());
        }
        String id = (String) response.json().get("id");
        ids.computeIfAbsent(type, t -> new ArrayList<>()).add(id);
        return id;
    }

    private static Map<String, Object> association(String id, int typeId) {
        return Map.of(
                "to",
                Map.of("id", id),
                "types",
                List.of(
                        Map.of(
                                "associationCategory",
                                "HUBSPOT_DEFINED",
                                "associationTypeId",
                                typeId)));
    }
}
