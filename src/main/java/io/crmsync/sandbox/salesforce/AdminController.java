package io.crmsync.sandbox.salesforce;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@link SalesforceSandbox} over HTTP for tests and benchmarks, guarded by {@code
 * X-Sandbox-Admin-Key} ({@code crmsync.sandbox.admin-key}, default {@code sandbox-admin}). Not part
 * of the simulated API and not counted against its limits.
 */
@RestController
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

    @GetMapping("/settings")
    SalesforceSettings settings(
            @RequestHeader(name = "X-Sandbox-Admin-Key", required = false) String key) {
        check(key);
        return sandbox.settings();
    }

    @PatchMapping("/settings")
    SalesforceSettings patchSettings(
            @RequestHeader(name = "X-Sandbox-Admin-Key", required = false) String key,
            @RequestBody Map<String, Object> changes) {
        check(key);
        return sandbox.patchSettings(changes);
    }

    @GetMapping("/usage")
    Map<String, Object> usage(
            @RequestHeader(name = "X-Sandbox-Admin-Key", required = false) String key) {
        check(key);
        return Map.of("used", sandbox.apiUsage(), "max", sandbox.settings().dailyApiLimit());
    }

    @PostMapping("/usage/reset")
    ResponseEntity<Void> resetUsage(
            @RequestHeader(name = "X-Sandbox-Admin-Key", required = false) String key) {
        check(key);
        sandbox.resetUsage();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sessions/revoke")
    ResponseEntity<Void> revoke(
            @RequestHeader(name = "X-Sandbox-Admin-Key", required = false) String key) {
        check(key);
        sandbox.revokeSessions();
        return ResponseEntity.noContent().build();
    }

    private void check(String key) {
        if (!adminKey.equals(key)) {
            throw new SfApiException(
                    401, Map.of("error", "X-Sandbox-Admin-Key is missing or wrong"));
        }
    }
}
