package io.crmsync.sandbox.salesforce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@link SalesforceSandbox} over HTTP for tests and benchmarks, guarded by {@code
 * X-Sandbox-Admin-Key} ({@code crmsync.sandbox.admin-key}, default {@code sandbox-admin}). Not part
 * of the simulated API and not counted against its limits.
 */
@RestController("salesforceAdminController")
@RequestMapping(SalesforcePaths.ROOT + "/_admin")
class AdminController {

    private final SalesforceSandbox sandbox;
    private final String adminKey;

    AdminController(
            SalesforceSandbox sandbox,
            @Value("${crmsync.sandbox.admin-key:sandbox-admin}") String adminKey) {
        this.sandbox = sandbox;
        this.adminKey = adminKey;
    }

    @ModelAttribute
    void guard(@RequestHeader(name = "X-Sandbox-Admin-Key", required = false) String key) {
        if (key == null
                || !MessageDigest.isEqual(
                        adminKey.getBytes(StandardCharsets.UTF_8),
                        key.getBytes(StandardCharsets.UTF_8))) {
            throw new SfApiException(
                    401, Map.of("error", "X-Sandbox-Admin-Key is missing or wrong"));
        }
    }

    @GetMapping("/settings")
    SalesforceSettings settings() {
        return sandbox.settings();
    }

    @PatchMapping("/settings")
    SalesforceSettings patchSettings(@RequestBody Map<String, Object> changes) {
        return sandbox.patchSettings(changes);
    }

    @GetMapping("/usage")
    Map<String, Object> usage() {
        return Map.of("used", sandbox.apiUsage(), "max", sandbox.settings().dailyApiLimit());
    }

    @PostMapping("/usage/reset")
    ResponseEntity<Void> resetUsage() {
        sandbox.resetUsage();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sessions/revoke")
    ResponseEntity<Void> revoke() {
        sandbox.revokeSessions();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/types")
    List<String> types() {
        return sandbox.objectTypes();
    }

    @GetMapping("/records/{type}")
    Map<String, Object> records(
            @PathVariable String type,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return Map.of(
                "total", sandbox.count(type), "records", sandbox.records(type, q, offset, limit));
    }

    @GetMapping("/records/{type}/{id}")
    SandboxRecord record(@PathVariable String id) {
        return sandbox.get(id).orElseThrow(SfApiException::notFound);
    }

    @PostMapping("/records/{type}")
    SandboxRecord create(@PathVariable String type, @RequestBody Map<String, Object> values) {
        return sandbox.create(type, values);
    }

    @PatchMapping("/records/{type}/{id}")
    SandboxRecord update(@PathVariable String id, @RequestBody Map<String, Object> values) {
        return sandbox.update(id, values);
    }

    @DeleteMapping("/records/{type}/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        sandbox.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/leads/{id}/convert")
    Map<String, String> convert(
            @PathVariable String id, @RequestParam(defaultValue = "false") boolean opportunity) {
        return sandbox.convertLead(id, opportunity);
    }

    record MergeRequest(String masterId, List<String> loserIds) {}

    @PostMapping("/merge/{type}")
    ResponseEntity<Void> merge(@PathVariable String type, @RequestBody MergeRequest request) {
        sandbox.merge(type, request.masterId(), request.loserIds());
        return ResponseEntity.noContent().build();
    }

    record RoleRequest(String contactId, String role, boolean primary) {}

    @PostMapping("/opportunities/{id}/contact-roles")
    SandboxRecord addRole(@PathVariable String id, @RequestBody RoleRequest request) {
        return sandbox.addContactRole(id, request.contactId(), request.role(), request.primary());
    }

    @PostMapping("/opportunities/{id}/stage")
    SandboxRecord stage(@PathVariable String id, @RequestBody Map<String, String> request) {
        return sandbox.moveOpportunityStage(id, request.get("stageName"));
    }
}
