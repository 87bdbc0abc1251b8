package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.SalesProcesses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The UI API's picklist values per record type, for what a client needs of it: an opportunity
 * record type's stages, as its sales process allows them. The master record type has every stage.
 */
@RestController("salesforceUiApiController")
class UiApiController {

    private static final String PICKLIST_VALUES =
            SalesforcePaths.DATA
                    + "/ui-api/object-info/{type}/picklist-values/{recordTypeId}/{field}";

    @GetMapping(PICKLIST_VALUES)
    ResponseEntity<Object> picklistValues(
            @PathVariable String version,
            @PathVariable String type,
            @PathVariable String recordTypeId,
            @PathVariable String field) {
        boolean master = SalesProcesses.MASTER_RECORD_TYPE.equals(recordTypeId);
        if (!"Opportunity".equals(type) || !"StageName".equals(field)) {
            throw new SfApiException(
                    404,
                    new SfError("NOT_FOUND", "The requested resource does not exist", List.of()));
        }
        if (!master && SalesProcesses.recordType(recordTypeId).isEmpty()) {
            throw new SfApiException(
                    404,
                    new SfError(
                            "NOT_FOUND",
                            "Record type " + recordTypeId + " is not valid for Opportunity.",
                            List.of()));
        }
        List<Map<String, Object>> values = new ArrayList<>();
        for (SalesProcesses.Stage stage : SalesProcesses.STAGES) {
            if (master || SalesProcesses.allows(recordTypeId, stage.name())) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("attributes", null);
                value.put("label", stage.name());
                value.put("validFor", List.of());
                value.put("value", stage.name());
                values.add(value);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("controllerValues", Map.of());
        body.put("defaultValue", null);
        body.put("eTag", Integer.toHexString(values.hashCode()));
        body.put(
                "url",
                "/services/data/"
                        + version
                        + "/ui-api/object-info/Opportunity/picklist-values/"
                        + recordTypeId
                        + "/StageName");
        body.put("values", values);
        return ApiSupport.json(200, body);
    }
}
