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

    /**
     * Contacts always sync; every other object while its tab's toggle is on, and deals only with
     * companies, whose links their associations need.
     */
    boolean syncs(SyncObject object) {
        return own(object) && (object != SyncObject.DEAL || own(SyncObject.COMPANY));
    }

    /**
     * @throws SyncTurnedOff naming the object whose toggle is off: the object's own, or for deals
     *     the companies' they need
     */
    void requireOn(SyncObject object) {
        if (!own(object)) {
            throw new SyncTurnedOff(object);
        }
        if (object == SyncObject.DEAL && !own(SyncObject.COMPANY)) {
            throw new SyncTurnedOff(SyncObject.COMPANY);
        }
    }

    private boolean own(SyncObject object) {
        return switch (object) {
            case CONTACT -> true;
            case COMPANY -> settings.companySettings().syncEnabled();
            case DEAL -> settings.dealSettings().syncEnabled();
        };
    }

    /**
     * The object's change streams: one per Salesforce object, and its HubSpot object's. The
     * opportunity stream is the deals' and the lifecycle stages' (S11) at once.
     */
    static List<Streams.Stream> streams(SyncObject object) {
        List<Streams.Stream> streams = new ArrayList<>();
        object.salesforceTypes()
                .forEach(t -> streams.add(Streams.of(ExternalSystem.SALESFORCE, t)));
        streams.add(Streams.of(ExternalSystem.HUBSPOT, object.hubSpotType()));
        return streams;
    }
}
