package io.crmsync.sandbox;

import java.util.Map;

/**
 * A sandbox record as the Sandbox page shows it: its id, object type and field values as text.
 *
 * @param lastWriter who wrote it last through the API (a client id or change source), or null after
 *     a person's edit
 */
public record SandboxRow(String id, String type, Map<String, String> fields, String lastWriter) {}
