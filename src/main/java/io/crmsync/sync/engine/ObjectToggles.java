package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.SyncTurnedOff;
import io.crmsync.sync.settings.SyncSettings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Whether each synced object syncs now, by its toggle, and the change streams it is read from. */
@Component
class ObjectToggles {

    private final SyncSettings settings;

    ObjectToggles(SyncSettings settings) {
        this.settings = settings;
    }

    /** Contacts always sync; every other object while its tab's toggle is on. */
    boolean syncs(SyncObject object) {
        return switch (object) {
            case CONTACT -> true;
            case COMPANY -> settings.companySettings().syncEnabled();
        };
    }

    /**
     * @throws SyncTurnedOff when the object does not sync
     */
    void requireOn(SyncObject object) {
        if (!syncs(object)) {
            throw new SyncTurnedOff(object);
        }
    }

    /** The object's change streams: one per Salesforce object, and its HubSpot object's. */
    static List<Streams.Stream> streams(SyncObject object) {
        List<Streams.Stream> streams = new ArrayList<>();
        object.salesforceTypes()
                .forEach(t -> streams.add(Streams.of(ExternalSystem.SALESFORCE, t)));
        streams.add(Streams.of(ExternalSystem.HUBSPOT, object.hubSpotType()));
        return streams;
    }
}
