package io.crmsync.sandbox.salesforce;

import java.util.Map;

/**
 * A record as the sandbox UI sees it.
 *
 * @param lastClient the {@code Sforce-Call-Options} client of the last API write, or null after a
 *     person's edit
 */
public record SandboxRecord(
        String id, String type, Map<String, Object> values, String lastClient) {}
