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
     * Salesforce pages queries at up to 2,000. HubSpot searches at up to 200 a call, so a read of
     * 2,000 takes ten: a read ends before the group of records sharing its last timestamp (search
     * cannot order ties), and the next read reads that group again, which costs one search in ten
     * rather than every other one when crmsync's own batch writes share a timestamp. A batch is one
     * write.
     */
    static final List<Stream> CONTACTS =
            List.of(
                    new Stream(ExternalSystem.SALESFORCE, PairSchema.CONTACT, 2000, 100),
                    new Stream(ExternalSystem.SALESFORCE, PairSchema.LEAD, 2000, 100),
                    new Stream(ExternalSystem.HUBSPOT, PairSchema.HUBSPOT_TYPE, 2000, 200));

    /** Accounts and companies, read while "Sync companies" is on. */
    static final List<Stream> COMPANIES =
            List.of(
                    new Stream(ExternalSystem.SALESFORCE, PairSchema.ACCOUNT, 2000, 100),
                    new Stream(ExternalSystem.HUBSPOT, PairSchema.COMPANIES, 2000, 100));

    /**
     * HubSpot deals, read while "Sync deals" is on; opportunities come through the {@link
     * #LIFECYCLE} stream, which is read then too.
     */
    static final List<Stream> DEALS =
            List.of(new Stream(ExternalSystem.HUBSPOT, PairSchema.DEALS, 2000, 100));

    /** Opportunities and their contact roles, read while lifecycle stages follow them (S11). */
    static final List<Stream> LIFECYCLE =
            List.of(
                    new Stream(ExternalSystem.SALESFORCE, LifecycleSync.OPPORTUNITY, 2000, 100),
                    new Stream(ExternalSystem.SALESFORCE, LifecycleSync.CONTACT_ROLE, 2000, 100));

    private Streams() {}

    static boolean isLifecycle(Stream stream) {
        return LIFECYCLE.contains(stream);
    }

    static Stream of(ExternalSystem source, String objectType) {
        return java.util.stream.Stream.of(CONTACTS, COMPANIES, DEALS, LIFECYCLE)
                .flatMap(List::stream)
                .filter(s -> s.source() == source && s.objectType().equals(objectType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(source + ":" + objectType));
    }
}
