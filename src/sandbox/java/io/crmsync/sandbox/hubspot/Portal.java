package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.SandboxAutoConfiguration;
import io.crmsync.sandbox.SandboxProperties;
import java.util.Map;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/** The simulated portal's identity: a hub id chosen once from the seed and then kept. */
@Component
@DependsOn(SandboxAutoConfiguration.SCHEMA_BEAN)
class Portal {

    private final long hubId;

    Portal(DocumentStore documents, SandboxProperties sandbox) {
        Map<String, Object> stored = documents.all("portal").get("portal");
        if (stored != null) {
            hubId = ((Number) stored.get("hubId")).longValue();
        } else {
            hubId = 146_000_000L + Math.floorMod(sandbox.seed(), 1_000_000L);
            documents.put("portal", "portal", Map.of("hubId", hubId));
        }
    }

    long hubId() {
        return hubId;
    }

    String recordUrl(String typeId, long id) {
        return "https://app.hubspot.com/contacts/" + hubId + "/record/" + typeId + "/" + id;
    }
}
