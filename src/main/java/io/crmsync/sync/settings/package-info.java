/**
 * The stored configuration the engine runs on: the contact settings and mappings as the engine
 * reads them ({@link io.crmsync.sync.settings.SyncSettings}), their store and its cache, and the
 * fields an admin skipped. The features that edit the configuration write through this package.
 */
@org.springframework.modulith.NamedInterface("settings")
package io.crmsync.sync.settings;
