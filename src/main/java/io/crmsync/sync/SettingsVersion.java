package io.crmsync.sync;

import java.time.Instant;

/**
 * One entry of the settings history: the version a change produced, what kind of change it was, who
 * made it and when.
 */
public record SettingsVersion(long version, String kind, String changedBy, Instant changedAt) {}
