package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.Describer;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.store.JsonMaps;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Describe and single-record create, read, update and delete. */
@RestController("salesforceSObjectController")
class SObjectController {

    private static final String SOBJECTS = SalesforcePaths.DATA + "/sobjects";

    private final ApiSupport api;
    private final SettingsHolder settings;
    private final RecordWriter writer;

    SObjectController(ApiSupport api, SettingsHolder settings, RecordWriter writer) {
        this.api = api;
        this.settings = settings;
        this.writer = writer;
    }

    @GetMapping({SOBJECTS, SOBJECTS + "/"})
    ResponseEntity<Object> describeGlobal(@PathVariable String version) {
        return ApiSupport.json(200, Describer.global(settings.catalog(), version));
    }

    @GetMapping({SOBJECTS + "/{type}", SOBJECTS + "/{type}/"})
    ResponseEntity<Object> basicInfo(@PathVariable String version, @PathVariable String type) {
        return ApiSupport.json(200, Describer.basic(api.object(type), version, List.of()));
    }

    @GetMapping({SOBJECTS + "/{type}/describe", SOBJECTS + "/{type}/describe/"})
    ResponseEntity<Object> describe(@PathVariable String version, @PathVariable String type) {
        return ApiSupport.json(
                200, Describer.describe(api.object(type), settings.catalog(), version));
    }

    @PostMapping({SOBJECTS + "/{type}", SOBJECTS + "/{type}/"})
    ResponseEntity<Object> create(
            @PathVariable String version,
            @PathVariable String type,
            @RequestBody Map<String, Object> body,
            HttpServletRequest request) {
        ObjectDef def = api.object(type);
        WriteContext context = api.context(request);
        RecordWriter.Outcome outcome =
                writer.atomically(
                        () -> {
                            RecordWriter.Outcome result = writer.create(def, body, context);
                            if (result instanceof RecordWriter.Saved saved) {
                                writer.save(concat(saved));
                            }
                            return result;
                        });
        if (outcome instanceof RecordWriter.Failed failed) {
            throw ApiSupport.failure(failed.errors());
        }
        String id = ((RecordWriter.Saved) outcome).record().id();
        return ResponseEntity.status(201)
                .contentType(SalesforceErrorAdvice.JSON)
                .header(
                        "Location",
                        "/services/data/" + version + "/sobjects/" + def.name() + "/" + id)
                .body(ApiSupport.result(id, List.of(), null));
    }

    @GetMapping(SOBJECTS + "/{type}/{id}")
    ResponseEntity<Object> get(
            @PathVariable String version,
            @PathVariable String type,
            @PathVariable String id,
            @RequestParam(required = false) String fields) {
        ObjectDef def = api.object(type);
        SfRecord record =
                api.find(id)
                        .filter(r -> r.type().equals(def.name()))
                        .orElseThrow(
                                () ->
                                        api.find(id).isEmpty()
                                                        && id.length() != 15
                                                        && id.length() != 18
                                                ? new SfApiException(
                                                        404,
                                                        List.of(
                                                                JsonMaps.of(
                                                                        "errorCode",
                                                                        "NOT_FOUND",
                                                                        "message",
                                                                        "Provided external ID field"
                                                                                + " does not exist or"
                                                                                + " is not accessible: "
                                                                                + id)))
                                                : SfApiException.notFound());
        if (record.deleted()) {
            throw ApiSupport.failure(List.of(SfError.of("ENTITY_IS_DELETED", "entity is deleted")));
        }
        List<String> selected = fields == null ? null : Arrays.asList(fields.split(","));
        return ApiSupport.json(200, ApiSupport.render(def, record, selected, version));
    }

    @PatchMapping(SOBJECTS + "/{type}/{id}")
    ResponseEntity<Object> update(
            @PathVariable String type,
            @PathVariable String id,
            @RequestBody Map<String, Object> body,
            HttpServletRequest request) {
        ObjectDef def = api.object(type);
        WriteContext context = api.context(request);
        RecordWriter.Outcome outcome =
                writer.atomically(
                        () -> {
                            RecordWriter.Outcome result =
                                    writer.update(def, api.record(def, id), body, context);
                            if (result instanceof RecordWriter.Saved saved) {
                                writer.save(concat(saved));
                            }
                            return result;
                        });
        if (outcome instanceof RecordWriter.Failed failed) {
            throw ApiSupport.failure(failed.errors());
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping(SOBJECTS + "/{type}/{id}")
    ResponseEntity<Object> delete(
            @PathVariable String type, @PathVariable String id, HttpServletRequest request) {
        ObjectDef def = api.object(type);
        WriteContext context = api.context(request);
        RecordWriter.Outcome outcome =
                writer.atomically(
                        () -> {
                            RecordWriter.Outcome result =
                                    writer.delete(api.record(def, id), context);
                            if (result instanceof RecordWriter.Saved saved) {
                                writer.save(concat(saved));
                            }
                            return result;
                        });
        if (outcome instanceof RecordWriter.Failed failed) {
            throw ApiSupport.failure(failed.errors());
        }
        return ResponseEntity.noContent().build();
    }

    static List<SfRecord> concat(RecordWriter.Saved saved) {
        List<SfRecord> all = new java.util.ArrayList<>(saved.alsoChanged());
        all.add(saved.record());
        return all;
    }
}
