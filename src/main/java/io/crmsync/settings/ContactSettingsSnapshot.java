package io.crmsync.settings;

import io.crmsync.sync.ContactSettings;

/**
 * The contact settings as read, with the settings version at the time. Saving them back with that
 * version is refused if someone else changed the contact settings since.
 */
public record ContactSettingsSnapshot(ContactSettings settings, long version) {}
