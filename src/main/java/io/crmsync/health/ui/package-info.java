/**
 * The Sync Health tab of the Salesforce integration page: its cards, details, remedy dialogs,
 * banner, gauges and chart.
 */
package io.crmsync.health.ui;
