package io.crmsync.metrics;

import java.util.List;

/**
 * The names crmsync's meters have on {@code /actuator/prometheus}, after Micrometer's Prometheus
 * naming (dots become underscores, units and {@code _total} are appended). The Grafana dashboard
 * queries these and no others.
 */
public final class MetricNames {

    public static final String API_CALLS = "crmsync_api_calls_total";
    public static final String RECORDS_SYNCED = "crmsync_records_synced_total";
    public static final String SYNC_LAG = "crmsync_sync_lag_seconds";
    public static final String QUEUE_DEPTH = "crmsync_queue_depth";
    public static final String QUEUE_OLDEST_AGE = "crmsync_queue_oldest_age_seconds";
    public static final String ERRORS_OPEN = "crmsync_errors_open";
    public static final String SUSPENDED = "crmsync_sync_suspended";
    public static final String LOOP_RUNS = "crmsync_loop_runs_total";
    public static final String LOOP_FAILURES = "crmsync_loop_failures_total";

    /** Every series name exposed, the lag histogram's series included. */
    public static final List<String> ALL =
            List.of(
                    API_CALLS,
                    RECORDS_SYNCED,
                    SYNC_LAG + "_bucket",
                    SYNC_LAG + "_count",
                    SYNC_LAG + "_sum",
                    SYNC_LAG + "_max",
                    QUEUE_DEPTH,
                    QUEUE_OLDEST_AGE,
                    ERRORS_OPEN,
                    SUSPENDED,
                    LOOP_RUNS,
                    LOOP_FAILURES);

    private MetricNames() {}
}
