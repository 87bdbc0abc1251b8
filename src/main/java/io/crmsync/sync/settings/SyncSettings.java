package io.crmsync.sync.settings;

import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.DealSettings;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.StageMapping;
import io.crmsync.sync.SyncObject;
import java.util.List;

/**
 * The settings in force, as the engine reads them on its background threads (no user, no role
 * check). The services behind the Contacts tab and the mappings editor write them.
 */
public interface SyncSettings {

    ContactSettings contactSettings();

    CompanySettings companySettings();

    DealSettings dealSettings();

    /** The deal stage mappings, by record type (every record type first), then as added. */
    List<StageMapping> stageMappings();

    /** Every contact mapping, the default ones included, in a stable order. */
    default List<FieldMapping> contactMappings() {
        return mappings(SyncObject.CONTACT);
    }

    /** Every mapping of the object, the default ones included, in a stable order. */
    List<FieldMapping> mappings(SyncObject object);

    /** The version of the settings, increased by every change to either of the above. */
    long version();
}
