/**
 * The sync's pages. A nested module of its own: Sync Health shows the API budget next to the sync
 * errors, and the budget module depends on the sync's SPI, so these pages cannot belong to the sync
 * module itself without a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sync pages")
package io.crmsync.sync.ui;
