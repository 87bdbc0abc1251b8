/**
 * The object tabs of the Salesforce integration page: Contacts, Companies and Deals with their
 * settings, field mappings and history, the deals' pipelines and stages, the objects still to come,
 * and Features Discovery.
 */
package io.crmsync.settings.ui;
