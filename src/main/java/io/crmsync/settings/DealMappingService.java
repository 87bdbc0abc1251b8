package io.crmsync.settings;

import io.crmsync.connection.Connectors;
import io.crmsync.settings.internal.SettingsChanges;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.settings.SettingsStore;
import org.springframework.stereotype.Service;

/** Deal field mappings: HubSpot deals ⇄ Salesforce opportunities. */
@Service
public class DealMappingService extends MappingService {

    DealMappingService(SettingsStore store, SettingsChanges changes, Connectors connectors) {
        super(SyncObject.DEAL, store, changes, connectors);
    }
}
