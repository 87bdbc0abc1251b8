/** The Contacts tab's settings and the field mappings: edited, checked and audited here. */
@org.springframework.modulith.ApplicationModule(displayName = "Settings and mappings")
package io.crmsync.settings;
