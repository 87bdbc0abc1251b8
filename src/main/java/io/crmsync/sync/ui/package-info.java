/** The sync's pages: contact settings and mappings, Sync Health, Records, Features Discovery. */
package io.crmsync.sync.ui;
