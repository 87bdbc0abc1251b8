package io.crmsync.sandbox.hubspot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /crm/v3/objects/{type}/batch/*}, at most 100 inputs. Without {@code objectWriteTraceId}
 * one bad input fails the whole batch and nothing is written; with it, each input succeeds or fails
 * on its own and the answer is 207 with the trace ids of the failures.
 */
@RestController
@RequestMapping(HubSpotGateway.ROOT + "/crm/v3/objects/{type}/batch")
class BatchController {

    static final int MAX_INPUTS = 100;

    private final ObjectTypes types;
    private final ObjectService service;
    private final Lookup lookup;
    private final ObjectJson json;
    private final SandboxClock clock;
    private final InputAssociations inputAssociations;

    BatchController(
            ObjectTypes types,
            ObjectService service,
            Lookup lookup,
            ObjectJson json,
            SandboxClock clock,
            InputAssociations inputAssociations) {
        this.inputAssociations = inputAssociations;
        this.types = types;
        this.service = service;
        this.lookup = lookup;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/read")
    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, Object>> read(
            @PathVariable String type,
            @RequestParam(defaultValue = "false") boolean archived,
            @RequestBody Map<String, Object> body) {
        ObjectType objectType = types.require(type);
        boolean history = body.get("propertiesWithHistory") instanceof List<?> l && !l.isEmpty();
        List<Map<String, Object>> inputs = Inputs.inputs(body, history ? 50 : MAX_INPUTS);
        String idProperty = (String) body.get("idProperty");
        List<String> properties = (List<String>) body.get("properties");
        BatchResult result = new BatchResult(clock.millis());
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> input : inputs) {
            String id = Inputs.string(input, "id");
            HsObject object = lookup.find(objectType, id, idProperty, archived);
            if (object == null) {
                missing.add(id);
            } else {
                result.result(json.selected(objectType, object, properties));
            }
        }
        if (!missing.isEmpty()) {
            result.error(
                    new HubSpotException(
                            404,
                            "OBJECT_NOT_FOUND",
                            "Could not get some "
                                    + objectType.singular().toUpperCase(Locale.ROOT)
                                    + " objects, they may be"
                                    + " deleted or not exist. Check that ids are valid."),
                    Map.of("ids", missing));
        }
        return result.response(200, clock.millis());
    }

    @PostMapping("/create")
    ResponseEntity<Map<String, Object>> create(
            @PathVariable String type,
            @RequestBody Map<String, Object> body,
            HttpServletRequest request) {
        ObjectType objectType = types.require(type);
        List<Map<String, Object>> inputs = Inputs.inputs(body, MAX_INPUTS);
        BatchResult result = new BatchResult(clock.millis());
        Set<String> emails = new HashSet<>();
        validateThenWrite(
                inputs,
                result,
                input -> {
                    Map<String, String> values =
                            service.prepareCreate(objectType, Inputs.properties(input));
                    String email = values.get("email");
                    if (objectType.isContact()
                            && email != null
                            && !emails.add(email.toLowerCase(Locale.ROOT))) {
                        throw HubSpotException.conflict(
                                "Duplicate email within the batch: " + email);
                    }
                    var links = inputAssociations.parse(objectType, -1, input.get("associations"));
                    return () -> {
                        HsObject created =
                                service.insert(objectType, values, Caller.of(request), true);
                        inputAssociations.add(links, created.id());
                        result.result(json.full(objectType, created));
                    };
                });
        return result.response(201, clock.millis());
    }

    @PostMapping("/update")
    ResponseEntity<Map<String, Object>> update(
            @PathVariable String type,
            @RequestBody Map<String, Object> body,
            HttpServletRequest request) {
        ObjectType objectType = types.require(type);
        List<Map<String, Object>> inputs = Inputs.inputs(body, MAX_INPUTS);
        BatchResult result = new BatchResult(clock.millis());
        validateThenWrite(
                inputs,
                result,
                input -> {
                    HsObject current =
                            lookup.require(
                                    objectType,
                                    Inputs.string(input, "id"),
                                    (String) input.get("idProperty"));
                    Map<String, String> values =
                            service.prepareUpdate(objectType, current, Inputs.properties(input));
                    return () ->
                            result.result(
                                    json.full(
                                            objectType,
                                            service.apply(
                                                    objectType,
                                                    current,
                                                    values,
                                                    Caller.of(request))));
                });
        return result.response(200, clock.millis());
    }

    @PostMapping("/upsert")
    ResponseEntity<Map<String, Object>> upsert(
            @PathVariable String type,
            @RequestBody Map<String, Object> body,
            HttpServletRequest request) {
        ObjectType objectType = types.require(type);
        List<Map<String, Object>> inputs = Inputs.inputs(body, MAX_INPUTS);
        BatchResult result = new BatchResult(clock.millis());
        for (Map<String, Object> input : inputs) {
            String idProperty = (String) input.getOrDefault("idProperty", body.get("idProperty"));
            if (idProperty == null) {
                throw HubSpotException.badRequest("idProperty is required for upsert");
            }
            lookup.checkIdProperty(objectType, idProperty);
        }
        for (Map<String, Object> input : inputs) {
            String id = Inputs.string(input, "id");
            String idProperty = (String) input.getOrDefault("idProperty", body.get("idProperty"));
            HsObject current = lookup.find(objectType, id, idProperty, false);
            Map<String, Object> properties =
                    new java.util.LinkedHashMap<>(Inputs.properties(input));
            HsObject written;
            if (current == null) {
                if (!"hs_object_id".equals(idProperty)) {
                    properties.putIfAbsent(idProperty, id);
                }
                written = service.create(objectType, properties, Caller.of(request));
            } else {
                written = service.update(objectType, current, properties, Caller.of(request));
            }
            Map<String, Object> item = json.full(objectType, written);
            item.put("new", current == null);
            result.result(item);
        }
        return result.response(200, clock.millis());
    }

    @PostMapping("/archive")
    ResponseEntity<Void> archive(
            @PathVariable String type,
            @RequestBody Map<String, Object> body,
            HttpServletRequest request) {
        ObjectType objectType = types.require(type);
        for (Map<String, Object> input : Inputs.inputs(body, MAX_INPUTS)) {
            HsObject current = lookup.find(objectType, Inputs.string(input, "id"), null, false);
            if (current != null) {
                service.archive(objectType, current, Caller.of(request));
            }
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Validates every input before writing any. With write trace ids each input stands alone and a
     * refused one becomes an error of the 207 answer; without them one refusal fails the batch.
     */
    private static void validateThenWrite(
            List<Map<String, Object>> inputs,
            BatchResult result,
            java.util.function.Function<Map<String, Object>, Runnable> prepare) {
        boolean perInput = inputs.stream().anyMatch(i -> i.containsKey("objectWriteTraceId"));
        List<Runnable> writes = new ArrayList<>();
        for (Map<String, Object> input : inputs) {
            try {
                writes.add(prepare.apply(input));
            } catch (HubSpotException e) {
                if (!perInput) {
                    throw e;
                }
                result.error(e, trace(input));
            }
        }
        writes.forEach(Runnable::run);
    }

    private static Map<String, Object> trace(Map<String, Object> input) {
        Object trace = input.get("objectWriteTraceId");
        return trace == null ? Map.of() : Map.of("objectWriteTraceId", List.of(trace.toString()));
    }
}
