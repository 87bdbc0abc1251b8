package io.crmsync.settings;

/**
 * One difference between a settings version and the one before it, in words.
 *
 * @param setting what changed: a setting, or a mapping and its part
 * @param before its value before, or null when it did not exist
 * @param after its value after, or null when it was removed
 */
public record SettingChange(String setting, String before, String after) {}
