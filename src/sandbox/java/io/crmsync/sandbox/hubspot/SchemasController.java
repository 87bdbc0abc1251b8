package io.crmsync.sandbox.hubspot;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /crm/v3/schemas}: list, read and create custom object schemas. */
@RestController
@RequestMapping(HubSpotGateway.ROOT + "/crm/v3/schemas")
class SchemasController {

    private final Schemas schemas;
    private final SandboxClock clock;

    SchemasController(Schemas schemas, SandboxClock clock) {
        this.schemas = schemas;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> all() {
        return Json.response(200, Map.of("results", schemas.all()));
    }

    @GetMapping("/{objectType}")
    ResponseEntity<Map<String, Object>> one(@PathVariable String objectType) {
        return Json.response(200, schemas.find(objectType));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body) {
        return Json.response(201, schemas.create(body, clock.millis()));
    }
}
