package io.crmsync.settings;

import io.crmsync.sync.DealSettings;

/**
 * The deal settings as read, with the settings version at the time. Saving them back with that
 * version is refused if someone else changed the deal settings since.
 */
public record DealSettingsSnapshot(DealSettings settings, long version) {}
