package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.LocalCallers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@link HubSpotSandbox} over HTTP under {@code /_admin}, guarded by {@code X-Sandbox-Admin-Key} in
 * {@link HubSpotGateway}, for tests and benchmarks. Not counted as API use.
 */
@RestController
@RequestMapping(HubSpotGateway.ROOT + "/_admin")
class AdminController {

    /** crmsync's own webhook endpoint, the one target the sandbox sends to by default. */
    static final String OWN_WEBHOOK_PATH = "/webhooks/hubspot";

    private final HubSpotSandbox sandbox;
    private final LocalCallers callers;

    AdminController(HubSpotSandbox sandbox, LocalCallers callers) {
        this.sandbox = sandbox;
        this.callers = callers;
    }

    @GetMapping("/object-types")
    List<HubSpotSandbox.TypeView> types() {
        return sandbox.objectTypes();
    }

    @GetMapping("/objects/{type}")
    HubSpotSandbox.RecordPage records(
            @PathVariable String type,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String text) {
        return sandbox.records(type, offset, limit, text);
    }

    @GetMapping("/objects/{type}/{id}")
    HubSpotSandbox.RecordView record(@PathVariable String type, @PathVariable String id) {
        return sandbox.record(type, id);
    }

    @PostMapping("/objects/{type}")
    HubSpotSandbox.RecordView create(
            @PathVariable String type, @RequestBody Map<String, Object> body) {
        return sandbox.create(type, Inputs.properties(body));
    }

    @PatchMapping("/objects/{type}/{id}")
    HubSpotSandbox.RecordView update(
            @PathVariable String type,
            @PathVariable String id,
            @RequestBody Map<String, Object> body) {
        return sandbox.update(type, id, Inputs.properties(body));
    }

    @DeleteMapping("/objects/{type}/{id}")
    ResponseEntity<Void> delete(@PathVariable String type, @PathVariable String id) {
        sandbox.delete(type, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/contacts/merge")
    HubSpotSandbox.RecordView merge(@RequestBody Map<String, Object> body) {
        return sandbox.mergeContacts(
                Inputs.string(body, "primaryId"), Inputs.string(body, "mergedId"));
    }

    @PostMapping("/deals/{id}/stage")
    HubSpotSandbox.RecordView stage(
            @PathVariable String id, @RequestBody Map<String, Object> body) {
        return sandbox.moveDealStage(id, Inputs.string(body, "stage"));
    }

    @PostMapping("/objects/{type}/{id}/lifecycle")
    HubSpotSandbox.RecordView lifecycle(
            @PathVariable String type,
            @PathVariable String id,
            @RequestBody Map<String, Object> body) {
        return sandbox.setLifecycleStage(type, id, Inputs.string(body, "stage"));
    }

    @PutMapping("/lists/{listId}/members/add")
    Map<String, Object> addMembers(@PathVariable long listId, @RequestBody List<String> ids) {
        return sandbox.addListMembers(listId, ids);
    }

    @PutMapping("/lists/{listId}/members/remove")
    Map<String, Object> removeMembers(@PathVariable long listId, @RequestBody List<String> ids) {
        return sandbox.removeListMembers(listId, ids);
    }

    @GetMapping("/webhooks")
    WebhookSettings webhooks() {
        return sandbox.webhookSettings();
    }

    @PutMapping("/webhooks")
    WebhookSettings setWebhooks(@RequestBody WebhookSettings settings) {
        if (settings.targetUrl() != null
                && !callers.isAllowedWebhookTarget(settings.targetUrl(), OWN_WEBHOOK_PATH)) {
            throw HubSpotException.badRequest(
                    "The target URL must be crmsync's webhook endpoint on this machine (http://"
                            + "localhost:<port>"
                            + OWN_WEBHOOK_PATH
                            + "), or one of crmsync.sandbox.allowed-targets");
        }
        sandbox.setWebhookSettings(settings);
        return settings;
    }

    @GetMapping("/rate-limits")
    RateLimits limits() {
        return sandbox.defaultRateLimits();
    }

    @PutMapping("/rate-limits")
    RateLimits setLimits(@RequestBody RateLimits limits) {
        sandbox.setDefaultRateLimits(limits);
        return limits;
    }

    @PostMapping("/tokens")
    Map<String, String> token(@RequestBody(required = false) RateLimits limits) {
        return Map.of("token", sandbox.issuePrivateAppToken(limits));
    }

    @PutMapping("/tokens/{token}/rate-limits")
    RateLimits setTokenLimits(@PathVariable String token, @RequestBody RateLimits limits) {
        sandbox.setTokenLimits(token, limits);
        return limits;
    }

    @GetMapping("/search-visibility-delay")
    Map<String, Long> delay() {
        return Map.of("millis", sandbox.searchVisibilityDelay().toMillis());
    }

    @PutMapping("/search-visibility-delay")
    Map<String, Long> setDelay(@RequestBody Map<String, Number> body) {
        sandbox.setSearchVisibilityDelay(Duration.ofMillis(body.get("millis").longValue()));
        return delay();
    }

    @PostMapping("/usage/reset")
    ResponseEntity<Void> resetUsage() {
        sandbox.resetUsage();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/clock/advance")
    ResponseEntity<Void> advance(@RequestBody Map<String, Number> body) {
        sandbox.advanceClock(Duration.ofMillis(body.get("millis").longValue()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/flush")
    ResponseEntity<Void> flush() {
        sandbox.flush();
        return ResponseEntity.noContent().build();
    }
}
