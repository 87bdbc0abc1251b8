package io.crmsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The version list, the resources of a version, and {@code /limits}. */
@RestController("salesforceVersionsController")
class VersionsController {

    /** The limits of a Developer Edition org besides DailyApiRequests, as name:max. */
    private static final String STATIC_LIMITS =
            "AnalyticsExternalDataSizeMB:40960 CdpAiInferenceApiMonthlyLimit:500000000"
                    + " ConcurrentAsyncGetReportInstances:200"
                    + " ConcurrentEinsteinDataInsightsStoryCreation:5"
                    + " ConcurrentEinsteinDiscoveryStoryCreation:2 ConcurrentSyncReportRuns:20"
                    + " ContentDistBandwidthLimitMB:51200 ContentDistViewLimit:50000"
                    + " ContentPublicationLimit:2500 DailyAnalyticsDataflowJobExecutions:60"
                    + " DailyAnalyticsUploadedFilesSizeMB:51200 DailyApexCursorLimit:10000"
                    + " DailyApexCursorRowsLimit:100000000 DailyApexPCursorLimit:200000"
                    + " DailyAsyncApexExecutions:250000 DailyAsyncApexTests:500"
                    + " DailyBulkApiBatches:15000 DailyBulkV2QueryFileStorageMB:976562"
                    + " DailyBulkV2QueryJobs:10000 DailyDeliveredPlatformEvents:10000"
                    + " DailyDurableGenericStreamingApiEvents:10000"
                    + " DailyDurableStreamingApiEvents:10000"
                    + " DailyEinsteinDataInsightsStoryCreation:1000"
                    + " DailyEinsteinDiscoveryOptimizationJobRuns:25"
                    + " DailyEinsteinDiscoveryPredictAPICalls:50000"
                    + " DailyEinsteinDiscoveryPredictionsByCDC:500000"
                    + " DailyEinsteinDiscoveryStoryCreation:100 DailyFunctionsApiCallLimit:50000"
                    + " DailyGenericStreamingApiEvents:10000 DailyMetadataRetrievesWithDependencies:25"
                    + " DailyServiceEmailAgentforceCalls:5000 DailyStandardVolumePlatformEvents:10000"
                    + " DailyStreamingApiEvents:10000 DailyWorkflowEmails:8040 DataStorageMB:5"
                    + " DurableStreamingApiConcurrentClients:20 ExternalServicesActiveObjects:3000"
                    + " ExternalServicesActiveOperations:3000 ExternalServicesObjectProperties:400000"
                    + " ExternalServicesObjects:10000 ExternalServicesOperations:10000"
                    + " ExternalServicesRegistrations:700 FileStorageMB:20 HourlyAsyncReportRuns:1200"
                    + " HourlyDashboardRefreshes:200 HourlyDashboardResults:5000"
                    + " HourlyDashboardStatuses:999999999 HourlyElevateAsyncReportRuns:1200"
                    + " HourlyElevateSyncReportRuns:500 HourlyLongTermIdMapping:100000"
                    + " HourlyManagedContentPublicRequests:50000 HourlyODataCallout:1000"
                    + " HourlyPublishedPlatformEvents:50000"
                    + " HourlyPublishedStandardVolumePlatformEvents:1000"
                    + " HourlyShortTermIdMapping:100000 HourlySyncReportRuns:500"
                    + " HourlyTimeBasedWorkflow:1000 MassEmail:10 MaxContentDocumentsLimit:30000000"
                    + " MonthlyEinsteinDiscoveryStoryCreation:500 Package2VersionCreates:6"
                    + " Package2VersionCreatesWithoutValidation:500"
                    + " PlatformEventTriggersWithParallelProcessing:5"
                    + " PrivateConnectOutboundCalloutHourlyLimitMB:0 PublishCallbackUsageInApex:5242880"
                    + " ScheduledFlowRunLimit:250000 ScheduledPathRunLimit:250000 SingleEmail:15"
                    + " StreamingApiConcurrentClients:20 ";

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
        Map<String, Object> body = new java.util.TreeMap<>();
        for (String entry : STATIC_LIMITS.strip().split(" ")) {
            long value = Long.parseLong(entry.substring(entry.indexOf(':') + 1));
            body.put(entry.substring(0, entry.indexOf(':')), limit(value, value));
        }
        body.put("DailyApiRequests", limit(max, Math.max(0, max - usage.used())));
        Map<String, Object> permissionSets = limit(1500, 1500);
        permissionSets.put("CreateCustom", limit(1000, 1000));
        body.put("PermissionSets", permissionSets);
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
