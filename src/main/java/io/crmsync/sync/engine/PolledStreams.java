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
 * The change streams the settings turn on. Contacts are always read. Opportunities are read while
 * lifecycle stages follow them, and accounts and companies while "Sync companies" is on; turning
 * either off forgets its cursors.
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
        if (settings.contactSettings().lifecycleFromOpportunities()) {
            streams.addAll(Streams.LIFECYCLE);
        } else {
            // Turned on again, lifecycle stages follow every opportunity again.
            forget(Streams.LIFECYCLE, stopped);
        }
        if (settings.companySettings().syncEnabled()) {
            Streams.COMPANIES.forEach(s -> startCompanies(s, now));
            streams.addAll(Streams.COMPANIES);
        } else {
            forget(Streams.COMPANIES, stopped);
        }
        return streams;
    }

    private void forget(List<Streams.Stream> streams, Consumer<Streams.Stream> stopped) {
        for (Streams.Stream s : streams) {
            cursors.forget(s.key());
            stopped.accept(s);
        }
    }

    /**
     * Companies turned on after the initial sync read changes from the moment they were turned on:
     * existing accounts and companies come over when they are edited, resynced or synced now, as
     * HubSpot's own connector does. Turned on from the start, they are part of the initial sync.
     */
    private void startCompanies(Streams.Stream stream, Instant now) {
        if (cursors.find(stream.key()).isPresent()) {
            return;
        }
        boolean contactsSynced =
                Streams.CONTACTS.stream()
                        .allMatch(
                                s ->
                                        cursors.find(s.key())
                                                .map(Cursors.Position::backfillDone)
                                                .orElse(false));
        if (contactsSynced) {
            Instant since = store.companySyncEnabledAt().orElse(now);
            cursors.save(stream.key(), new ChangeCursor(since, ""), true, now);
        }
    }
}
