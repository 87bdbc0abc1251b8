package io.crmsync.sandbox.salesforce;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The version list, the resources of a version, and {@code /limits}. */
@RestController
class VersionsController {

    private static final String[] SEASONS = {"Winter", "Summer", "Spring"};

    private final UsageMeter usage;
    private final SettingsHolder settings;

    VersionsController(UsageMeter usage, SettingsHolder settings) {
        this.usage = usage;
        this.settings = settings;
    }

    @GetMapping({SalesforcePaths.ROOT + "/services/data", SalesforcePaths.ROOT + "/services/data/"})
    ResponseEntity<Object> versions() {
        List<Map<String, Object>> versions = new ArrayList<>();
        for (int v = 31; v <= 62; v++) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", label(v));
            entry.put("url", "/services/data/v" + v + ".0");
            entry.put("version", v + ".0");
            versions.add(entry);
        }
        return ok(versions);
    }

    /** Releases go Winter, Spring, Summer; v62.0 was Winter '25. */
    private static String label(int version) {
        int back = 62 - version;
        return SEASONS[back % 3] + " '" + String.format("%02d", 25 - (back + 2) / 3);
    }

    @GetMapping({SalesforcePaths.DATA, SalesforcePaths.DATA + "/"})
    ResponseEntity<Object> resources(@PathVariable String version) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String resource :
                List.of(
                        "limits",
                        "query",
                        "queryAll",
                        "sobjects",
                        "composite",
                        "search",
                        "recent",
                        "tooling",
                        "analytics",
                        "jobs")) {
            body.put(resource, "/services/data/" + version + "/" + resource);
        }
        return ok(body);
    }

    @GetMapping({SalesforcePaths.DATA + "/limits", SalesforcePaths.DATA + "/limits/"})
    ResponseEntity<Object> limits() {
        long max = settings.get().dailyApiLimit();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ConcurrentAsyncGetReportInstances", limit(200, 200));
        body.put("ConcurrentSyncReportRuns", limit(20, 20));
        body.put("DailyApiRequests", limit(max, Math.max(0, max - usage.used())));
        body.put("DailyAsyncApexExecutions", limit(250_000, 250_000));
        body.put("DailyBulkApiBatches", limit(15_000, 15_000));
        body.put("DailyBulkV2QueryFileStorageMB", limit(976_562, 976_562));
        body.put("DailyBulkV2QueryJobs", limit(10_000, 10_000));
        body.put("DailyDurableStreamingApiEvents", limit(10_000, 10_000));
        body.put("DailyStreamingApiEvents", limit(10_000, 10_000));
        body.put("DataStorageMB", limit(5, 5));
        body.put("FileStorageMB", limit(20, 20));
        body.put("HourlyPublishedStandardVolumePlatformEvents", limit(1000, 1000));
        body.put("MonthlyPlatformEventsUsageEntitlement", limit(0, 0));
        body.put("SingleEmail", limit(15, 15));
        return ok(body);
    }

    private static Map<String, Object> limit(long max, long remaining) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("Max", max);
        entry.put("Remaining", remaining);
        return entry;
    }

    private static ResponseEntity<Object> ok(Object body) {
        return ResponseEntity.ok().contentType(SalesforceErrorAdvice.JSON).body(body);
    }
}
