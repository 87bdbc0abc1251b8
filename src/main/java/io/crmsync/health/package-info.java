/** Sync Health: the errors by cause, their remedies, the suspension, the lag and pace gauges. */
@org.springframework.modulith.ApplicationModule(displayName = "Sync health")
package io.crmsync.health;
