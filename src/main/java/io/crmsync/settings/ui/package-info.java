/** The settings' pages: the Contacts tab, its mappings, its history, and Features Discovery. */
package io.crmsync.settings.ui;
