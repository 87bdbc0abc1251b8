package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import java.util.List;

/** The change streams the engine reads, and how many records it syncs in one batch of each. */
final class Streams {

    record Stream(ExternalSystem source, String objectType, int pageSize, int batchSize) {

        String key() {
            return source.name() + ":" + objectType;
        }
    }

    /**
     * Salesforce pages queries at up to 2,000; HubSpot searches at up to 200. A batch is one write.
     */
    static final List<Stream> CONTACTS =
            List.of(
                    new Stream(ExternalSystem.SALESFORCE, ContactSchema.CONTACT, 2000, 100),
                    new Stream(ExternalSystem.SALESFORCE, ContactSchema.LEAD, 2000, 100),
                    new Stream(ExternalSystem.HUBSPOT, ContactSchema.HUBSPOT_TYPE, 200, 200));

    private Streams() {}

    static Stream of(ExternalSystem source, String objectType) {
        return CONTACTS.stream()
                .filter(s -> s.source() == source && s.objectType().equals(objectType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(source + ":" + objectType));
    }
}
