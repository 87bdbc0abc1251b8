package io.crmsync.sync.settings;

import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.FieldMapping;
import java.util.List;

/**
 * The settings in force, as the engine reads them on its background threads (no user, no role
 * check). The services behind the Contacts tab and the mappings editor write them.
 */
public interface SyncSettings {

    ContactSettings contactSettings();

    /** Every contact mapping, the default ones included, in a stable order. */
    List<FieldMapping> contactMappings();

    /** The version of the settings, increased by every change to either of the above. */
    long version();
}
