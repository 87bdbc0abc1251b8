package io.crmsync.settings;

import io.crmsync.sync.CompanySettings;

/**
 * The company settings as read, with the settings version at the time. Saving them back with that
 * version is refused if someone else changed the company settings since.
 */
public record CompanySettingsSnapshot(CompanySettings settings, long version) {}
