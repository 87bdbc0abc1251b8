package io.crmsync.sandbox.salesforce;

import java.util.Map;

/**
 * A record as the sandbox UI sees it.
 *
 * @param lastClient the {@code Sforce-Call-Options} client of the last API write, or null after a
 *     person's edit
 * @param lastWriter who wrote it last, as a person using the page would say it
 */
public record SandboxRecord(
        String id, String type, Map<String, Object> values, String lastClient, String lastWriter) {

    public static final String PERSON = "A person, on the Sandbox page";
    public static final String CRMSYNC = "crmsync";
    static final String CRMSYNC_CLIENT = "crmsync";
}
