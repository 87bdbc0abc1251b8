package io.crmsync.sync.engine;

import io.crmsync.spi.ChangeCursor;
import io.crmsync.sync.settings.SettingsStore;
import io.crmsync.sync.settings.SyncSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The change streams the settings turn on. Contacts are always read. Opportunities and their
 * contact roles are read while lifecycle stages follow them or deals sync, HubSpot deals while
 * deals sync, and accounts and companies while companies sync; turning one off forgets its cursors.
 */
@Component
class PolledStreams {

    private final SyncSettings settings;
    private final SettingsStore store;
    private final Cursors cursors;

    PolledStreams(SyncSettings settings, SettingsStore store, Cursors cursors) {
        this.settings = settings;
        this.store = store;
        this.cursors = cursors;
    }

    /** The streams to read now; {@code stopped} hears of each stream turned off. */
    List<Streams.Stream> streams(Instant now, Consumer<Streams.Stream> stopped) {
        List<Streams.Stream> streams = new ArrayList<>(Streams.CONTACTS);
        boolean deals = settings.dealSettings().syncEnabled();
        if (deals) {
            Streams.DEALS.forEach(s -> start(s, store.dealSyncEnabledAt(), now));
            if (!settings.contactSettings().lifecycleFromOpportunities()) {
                // Otherwise lifecycle stages read every opportunity from the start.
                Streams.LIFECYCLE.forEach(s -> start(s, store.dealSyncEnabledAt(), now));
            }
            streams.addAll(Streams.DEALS);
        } else {
            forget(Streams.DEALS, stopped);
        }
        if (deals || settings.contactSettings().lifecycleFromOpportunities()) {
            streams.addAll(Streams.LIFECYCLE);
        } else {
            // Turned on again, lifecycle stages follow every opportunity again.
            forget(Streams.LIFECYCLE, stopped);
        }
        if (settings.companySettings().syncEnabled()) {
            Streams.COMPANIES.forEach(s -> start(s, store.companySyncEnabledAt(), now));
            streams.addAll(Streams.COMPANIES);
        } else {
            forget(Streams.COMPANIES, stopped);
        }
        return streams;
    }

    /**
     * The fields an opportunity or contact role change is read with: all a deal needs while deals
     * sync, since the pipeline takes the change as read.
     */
    List<String> lifecycleFields(Streams.Stream stream, OriginStamps stamps) {
        if (!LifecycleSync.OPPORTUNITY.equals(stream.objectType())) {
            return List.of("OpportunityId", "ContactId");
        }
        if (!settings.dealSettings().syncEnabled()) {
            return List.of("IsClosed", "IsWon");
        }
        return stamps.salesforceFields(LifecycleSync.OPPORTUNITY);
    }

    private void forget(List<Streams.Stream> streams, Consumer<Streams.Stream> stopped) {
        for (Streams.Stream s : streams) {
            cursors.forget(s.key());
            stopped.accept(s);
        }
    }

    /**
     * An object turned on after the initial sync reads changes from the moment it was turned on:
     * existing records come over when they are edited, resynced or synced now, as HubSpot's own
     * connector does. Turned on while the contacts' initial sync still reads, it is part of it.
     */
    private void start(Streams.Stream stream, java.util.Optional<Instant> enabledAt, Instant now) {
        if (cursors.find(stream.key()).isPresent()) {
            return;
        }
        boolean initialSyncRead =
                Streams.CONTACTS.stream()
                        .allMatch(
                                s ->
                                        cursors.find(s.key())
                                                .map(Cursors.Position::backfillDone)
                                                .orElse(false));
        if (initialSyncRead) {
            cursors.save(stream.key(), new ChangeCursor(enabledAt.orElse(now), ""), true, now);
        }
    }
}
