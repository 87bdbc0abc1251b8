package io.crmsync.sandbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The faults in force, settable at run time per system and endpoint. An endpoint is a path prefix
 * below the system's root (for example {@code /services/data/v62.0/query} or {@code
 * /crm/v3/objects/contacts}); {@code *} applies to every endpoint of the system. The longest
 * matching prefix wins.
 */
@Component
public class FaultPlan {

    public static final String ALL_ENDPOINTS = "*";

    static final List<String> SYSTEMS = List.of("salesforce", "hubspot");

    private final Map<String, Map<String, FaultSettings>> bySystem = new ConcurrentHashMap<>();

    /**
     * The endpoint as the plan keys it ({@code *} when blank); throws {@link FaultSettingsRejected}
     * for an unknown system or an endpoint that is not a path.
     */
    static String checkedEndpoint(String system, String endpoint) {
        if (!SYSTEMS.contains(system)) {
            throw new FaultSettingsRejected("system", "Choose Salesforce or HubSpot.");
        }
        String path = endpoint == null || endpoint.isBlank() ? ALL_ENDPOINTS : endpoint.strip();
        if (!path.equals(ALL_ENDPOINTS) && !path.startsWith("/")) {
            throw new FaultSettingsRejected(
                    "endpoint",
                    "Enter * for every endpoint, or a path that starts with /, such as"
                            + " /crm/v3/objects/contacts.");
        }
        return path;
    }

    public void set(String system, String endpoint, FaultSettings settings) {
        var endpoints = bySystem.computeIfAbsent(system, s -> new ConcurrentHashMap<>());
        if (settings == null || settings.isNone()) {
            endpoints.remove(endpoint);
        } else {
            endpoints.put(endpoint, settings);
        }
    }

    public Map<String, FaultSettings> settings(String system) {
        return Map.copyOf(bySystem.getOrDefault(system, Map.of()));
    }

    public void clear(String system) {
        bySystem.remove(system);
    }

    /** The faults for a path below the system's root, or {@link FaultSettings#NONE}. */
    public FaultSettings forPath(String system, String path) {
        var endpoints = bySystem.get(system);
        if (endpoints == null || endpoints.isEmpty()) {
            return FaultSettings.NONE;
        }
        String best = null;
        for (String endpoint : endpoints.keySet()) {
            if (!ALL_ENDPOINTS.equals(endpoint)
                    && path.startsWith(endpoint)
                    && (best == null || endpoint.length() > best.length())) {
                best = endpoint;
            }
        }
        if (best != null) {
            return endpoints.get(best);
        }
        return endpoints.getOrDefault(ALL_ENDPOINTS, FaultSettings.NONE);
    }
}
