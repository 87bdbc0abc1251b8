/**
 * The object tabs of the Salesforce integration page: Contacts and Companies with their settings,
 * field mappings and history, the objects still to come, and Features Discovery.
 */
package io.crmsync.settings.ui;
