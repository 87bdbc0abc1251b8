/**
 * crmsync's own Prometheus meters (see {@link io.crmsync.metrics.MetricNames}): API calls, records
 * synced and their lag, the queue, open errors, the suspension, and every loop's turns. The meters
 * listen to the other modules' events and observers; nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Metrics")
package io.crmsync.metrics;
