package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sobjects/{Object}/{externalIdField}/{value}}: upsert (201 created, 200 updated, 300 when
 * several records match) and read by external id.
 */
@RestController("salesforceUpsertController")
class UpsertController {

    private static final String PATH = SalesforcePaths.DATA + "/sobjects/{type}/{field}/{value}";

    private final ApiSupport api;
    private final Upserts upserts;
    private final RecordWriter writer;

    UpsertController(ApiSupport api, Upserts upserts, RecordWriter writer) {
        this.api = api;
        this.upserts = upserts;
        this.writer = writer;
    }

    @PatchMapping(PATH)
    ResponseEntity<Object> upsert(
            @PathVariable String version,
            @PathVariable String type,
            @PathVariable String field,
            @PathVariable String value,
            @RequestParam(defaultValue = "false") boolean updateOnly,
            @RequestBody Map<String, Object> body,
            HttpServletRequest request) {
        ObjectDef def = api.object(type);
        FieldDef external = upserts.externalField(def, field);
        WriteContext context = api.context(request);
        Upserts.Result result =
                writer.atomically(
                        () -> {
                            Upserts.Result prepared =
                                    upserts.prepare(
                                            def, external, value, body, context, updateOnly);
                            if (prepared.outcome() instanceof RecordWriter.Saved saved) {
                                writer.save(SObjectController.concat(saved));
                            }
                            return prepared;
                        });
        if (!result.matches().isEmpty()) {
            return ApiSupport.json(
                    300,
                    result.matches().stream()
                            .map(
                                    id ->
                                            "/services/data/"
                                                    + version
                                                    + "/sobjects/"
                                                    + def.name()
                                                    + "/"
                                                    + id)
                            .toList());
        }
        if (result.outcome() instanceof RecordWriter.Failed failed) {
            throw ApiSupport.failure(failed.errors());
        }
        RecordWriter.Saved saved = (RecordWriter.Saved) result.outcome();
        return ResponseEntity.status(saved.created() ? 201 : 200)
                .contentType(SalesforceErrorAdvice.JSON)
                .header(
                        "Location",
                        "/services/data/"
                                + version
                                + "/sobjects/"
                                + def.name()
                                + "/"
                                + saved.record().id())
                .body(ApiSupport.result(saved.record().id(), List.of(), saved.created()));
    }

    @GetMapping(PATH)
    ResponseEntity<Object> byExternalId(
            @PathVariable String version,
            @PathVariable String type,
            @PathVariable String field,
            @PathVariable String value) {
        ObjectDef def = api.object(type);
        FieldDef external = upserts.externalField(def, field);
        var matches =
                writer.atomically(
                        () ->
                                upserts.prepare(
                                        def,
                                        external,
                                        value,
                                        Map.of(),
                                        new WriteContext("", null, false, true, true),
                                        true));
        if (!matches.matches().isEmpty()) {
            return ApiSupport.json(
                    300,
                    matches.matches().stream()
                            .map(
                                    id ->
                                            "/services/data/"
                                                    + version
                                                    + "/sobjects/"
                                                    + def.name()
                                                    + "/"
                                                    + id)
                            .toList());
        }
        var saved = (RecordWriter.Saved) matches.outcome();
        return ApiSupport.json(
                200,
                ApiSupport.render(def, api.find(saved.record().id()).orElseThrow(), null, version));
    }
}
