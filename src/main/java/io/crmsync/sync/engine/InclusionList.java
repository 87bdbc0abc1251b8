package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.ListCapable;
import io.crmsync.sync.settings.SyncSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Membership of the HubSpot inclusion list (PRODUCT.md S12), read in full and kept for a short
 * while, so that checking a batch costs one paged read of the list, not a call per contact.
 */
@Component
class InclusionList {

    private static final Duration TTL = Duration.ofSeconds(15);

    private record Cached(String listId, Set<String> members, Instant at) {}

    private final Connectors connectors;
    private final SyncSettings settings;
    private final Clock clock;
    private volatile Cached cached;

    InclusionList(Connectors connectors, SyncSettings settings, Clock clock) {
        this.connectors = connectors;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether a list is selected at all; with none, everything syncs. */
    boolean active() {
        return settings.contactSettings().inclusionListId() != null;
    }

    boolean contains(String hubSpotId) {
        String listId = settings.contactSettings().inclusionListId();
        if (listId == null) {
            return true;
        }
        return members(listId).contains(hubSpotId);
    }

    private Set<String> members(String listId) {
        Instant now = clock.instant();
        Cached current = cached;
        if (current == null
                || !current.listId().equals(listId)
                || current.at().plus(TTL).isBefore(now)) {
            if (!(connectors.hubSpot() instanceof ListCapable lists)) {
                return Set.of();
            }
            current = new Cached(listId, Set.copyOf(lists.members(listId)), now);
            cached = current;
        }
        return current.members();
    }

    /** Forgets the cached members, as after the list changed. */
    void refresh() {
        cached = null;
    }
}
