package io.crmsync.settings;

import io.crmsync.connection.Connectors;
import io.crmsync.settings.internal.SettingsChanges;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.settings.SettingsStore;
import org.springframework.stereotype.Service;

/** Contact field mappings: HubSpot contacts ⇄ Salesforce contacts and leads. */
@Service
public class ContactMappingService extends MappingService {

    ContactMappingService(SettingsStore store, SettingsChanges changes, Connectors connectors) {
        super(SyncObject.CONTACT, store, changes, connectors);
    }
}
