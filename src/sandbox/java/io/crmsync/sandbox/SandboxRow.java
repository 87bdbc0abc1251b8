package io.crmsync.sandbox;

import java.util.Map;

/**
 * A sandbox record as the Sandbox page shows it: its id, object type and field values as text.
 *
 * @param lastWriter who wrote it last: crmsync, another API client, or a person on the Sandbox page
 */
public record SandboxRow(String id, String type, Map<String, String> fields, String lastWriter) {}
