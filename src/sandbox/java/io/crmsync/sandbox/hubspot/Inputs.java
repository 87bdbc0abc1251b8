package io.crmsync.sandbox.hubspot;

import java.util.List;
import java.util.Map;

/** Reading the loosely typed JSON bodies, with HubSpot's 400 for a wrong shape. */
final class Inputs {

    private Inputs() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> body) {
        Object properties = body.get("properties");
        if (properties == null) {
            return Map.of();
        }
        if (!(properties instanceof Map)) {
            throw HubSpotException.badRequest("Invalid input JSON: properties must be an object");
        }
        return (Map<String, Object>) properties;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> inputs(Map<String, Object> body, int max) {
        Object inputs = body.get("inputs");
        if (!(inputs instanceof List<?> list)) {
            throw HubSpotException.badRequest("Invalid input JSON: inputs must be an array");
        }
        if (list.size() > max) {
            throw HubSpotException.badRequest("Batch input exceeds maximum size of " + max);
        }
        for (Object input : list) {
            if (!(input instanceof Map)) {
                throw HubSpotException.badRequest(
                        "Invalid input JSON: each input must be an object");
            }
        }
        return (List<Map<String, Object>>) inputs;
    }

    static String string(Map<String, ?> body, String key) {
        Object value = body.get(key);
        if (value == null) {
            throw HubSpotException.badRequest("Invalid input JSON: " + key + " is required");
        }
        if (value instanceof Map || value instanceof List) {
            throw HubSpotException.badRequest("Invalid input JSON: " + key + " must be a string");
        }
        return value.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String name) {
        if (!(value instanceof Map)) {
            throw HubSpotException.badRequest("Invalid input JSON: " + name + " must be an object");
        }
        return (Map<String, Object>) value;
    }
}
