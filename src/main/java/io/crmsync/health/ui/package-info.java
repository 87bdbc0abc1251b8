/** The Sync Health page: its cards, details, remedy dialogs, banner, gauges and chart. */
package io.crmsync.health.ui;
