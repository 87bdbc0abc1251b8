package io.crmsync.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A system's {@link FaultPlan} over HTTP for tests and benchmarks, with the header {@code
 * X-Sandbox-Admin-Key}: {@code GET} gives the faults by endpoint, {@code PUT} replaces them with
 * the body's (endpoint to settings, {@code *} for every endpoint), {@code DELETE} clears them. The
 * admin API itself never has faults injected.
 */
@RestController
@RequestMapping("/sandbox/{system}/_admin/faults")
class FaultAdminController {

    private static final String KEY = "X-Sandbox-Admin-Key";

    private final FaultPlan plan;
    private final byte[] adminKey;

    FaultAdminController(
            FaultPlan plan, @Value("${crmsync.sandbox.admin-key:sandbox-admin}") String adminKey) {
        this.plan = plan;
        this.adminKey = adminKey.getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping
    Map<String, FaultSettings> get(
            @PathVariable String system, @RequestHeader(name = KEY, required = false) String key) {
        check(system, key);
        return new TreeMap<>(plan.settings(system));
    }

    @PutMapping
    Map<String, FaultSettings> put(
            @PathVariable String system,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestBody Map<String, Map<String, Object>> faults) {
        check(system, key);
        Map<String, FaultSettings> checked = new LinkedHashMap<>();
        faults.forEach(
                (endpoint, given) -> {
                    FaultSettings settings = FaultSettingsJson.read(given);
                    settings.validate();
                    checked.put(FaultPlan.checkedEndpoint(system, endpoint), settings);
                });
        plan.clear(system);
        checked.forEach((endpoint, settings) -> plan.set(system, endpoint, settings));
        return new TreeMap<>(plan.settings(system));
    }

    @DeleteMapping
    ResponseEntity<Void> clear(
            @PathVariable String system, @RequestHeader(name = KEY, required = false) String key) {
        check(system, key);
        plan.clear(system);
        return ResponseEntity.noContent().build();
    }

    private void check(String system, String key) {
        if (key == null || !MessageDigest.isEqual(adminKey, key.getBytes(StandardCharsets.UTF_8))) {
            throw new NotAllowed();
        }
        FaultPlan.checkedEndpoint(system, FaultPlan.ALL_ENDPOINTS);
    }

    @ExceptionHandler(NotAllowed.class)
    ResponseEntity<Map<String, String>> notAllowed() {
        return ResponseEntity.status(401)
                .body(Map.of("message", "X-Sandbox-Admin-Key is missing or wrong"));
    }

    @ExceptionHandler(FaultSettingsRejected.class)
    ResponseEntity<Map<String, String>> rejected(FaultSettingsRejected rejected) {
        return ResponseEntity.badRequest()
                .body(Map.of("field", rejected.field(), "message", rejected.getMessage()));
    }

    private static final class NotAllowed extends RuntimeException {
        NotAllowed() {
            super(null, null, false, false);
        }
    }
}
