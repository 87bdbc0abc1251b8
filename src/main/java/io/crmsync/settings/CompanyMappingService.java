package io.crmsync.settings;

import io.crmsync.connection.Connectors;
import io.crmsync.settings.internal.SettingsChanges;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.settings.SettingsStore;
import org.springframework.stereotype.Service;

/** Company field mappings: HubSpot companies ⇄ Salesforce accounts. */
@Service
public class CompanyMappingService extends MappingService {

    CompanyMappingService(SettingsStore store, SettingsChanges changes, Connectors connectors) {
        super(SyncObject.COMPANY, store, changes, connectors);
    }
}
