/**
 * Sync Health: the current errors by type and cause, their remedies, the CSV export, the suspension
 * banner and notice, and the lag and throughput gauges. Its {@code internal} queries read the
 * tables the engine writes, a read model; a remedy changes the settings through the settings module
 * and queues records through the engine's named interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sync health")
package io.crmsync.health;
