package io.crmsync.settings;

import io.crmsync.connection.Connectors;
import io.crmsync.convert.ValueTranslation;
import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.settings.MappingRejected.Field;
import io.crmsync.settings.internal.MappingRules;
import io.crmsync.settings.internal.MappingRules.Schemas;
import io.crmsync.settings.internal.SettingsChanges;
import io.crmsync.settings.internal.SettingsChanges.Audit;
import io.crmsync.settings.internal.SettingsChanges.Result;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.ObjectSchema;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.SyncRule;
import io.crmsync.sync.settings.SettingsStore;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * The field mappings of one synced object (PRODUCT.md S14), the same for every object tab. Every
 * role may read; Editors and Admins change. A mapping is checked against both CRMs' describe before
 * it is stored: both names must exist, a HubSpot property maps once, and the types must be
 * compatible. Default mappings can change their rule and translations but cannot be removed. A new
 * mapping does not backfill by itself.
 */
public abstract class MappingService {

    private final SyncObject object;
    private final SettingsStore store;
    private final SettingsChanges changes;
    private final Connectors connectors;

    MappingService(
            SyncObject object,
            SettingsStore store,
            SettingsChanges changes,
            Connectors connectors) {
        this.object = object;
        this.store = store;
        this.changes = changes;
        this.connectors = connectors;
    }

    /** The object whose mappings these are. */
    public SyncObject object() {
        return object;
    }

    /** Every mapping of the object, the default ones first. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<FieldMapping> mappings() {
        return store.mappings(object);
    }

    /** The HubSpot properties and Salesforce fields of the object to choose from. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public MappingChoices choices() {
        return schemas().choices();
    }

    /**
     * Adds the mapping (id 0) or changes the stored one. Refused with {@link MappingRejected},
     * naming the field at fault.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public FieldMapping save(FieldMapping mapping) {
        Schemas schemas = schemas();
        return changes.apply(
                object.name() + (mapping.id() == 0 ? "_MAPPING_ADDED" : "_MAPPING_CHANGED"),
                (changedIn, version) -> {
                    List<FieldMapping> all = store.mappings(object);
                    FieldMapping stored =
                            mapping.id() == 0
                                    ? null
                                    : all.stream()
                                            .filter(m -> m.id() == mapping.id())
                                            .findFirst()
                                            .orElseThrow(
                                                    () ->
                                                            new MappingRejected(
                                                                    Field.NONE,
                                                                    "This mapping was removed"
                                                                            + " meanwhile."));
                    FieldMapping checked = MappingRules.check(mapping, stored, all, schemas);
                    if (stored == null) {
                        long id = store.insertMapping(object, checked);
                        FieldMapping added = withId(checked, id, false);
                        return new Result<>(
                                added,
                                new Audit(
                                        action("ADDED"),
                                        MappingRules.target(object, added),
                                        null,
                                        MappingRules.state(added)));
                    }
                    FieldMapping changed = withId(checked, stored.id(), stored.defaultMapping());
                    if (changed.equals(stored)) {
                        return new Result<>(stored, null);
                    }
                    store.updateMapping(changed);
                    return new Result<>(
                            changed,
                            new Audit(
                                    action("CHANGED"),
                                    MappingRules.target(object, changed),
                                    MappingRules.state(stored),
                                    MappingRules.state(changed)));
                });
    }

    /** Replaces the picklist translation table of a mapping. */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public FieldMapping saveTranslations(long id, List<ValueTranslation> translations) {
        FieldMapping stored = stored(id);
        return save(stored.withTranslations(translations));
    }

    private FieldMapping stored(long id) {
        return store.mapping(object, id)
                .orElseThrow(() -> new MappingRejected(Field.NONE, "There is no such mapping."));
    }

    /** Removes a mapping; a default mapping cannot be removed (set its rule to Don't sync). */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public void remove(long id) {
        changes.apply(
                object.name() + "_MAPPING_REMOVED",
                (changedIn, version) -> {
                    FieldMapping stored =
                            store.mapping(object, id)
                                    .orElseThrow(
                                            () ->
                                                    new MappingRejected(
                                                            Field.NONE,
                                                            "There is no such mapping."));
                    if (stored.defaultMapping()) {
                        throw new MappingRejected(
                                Field.NONE,
                                "A default mapping cannot be removed. To stop syncing "
                                        + stored.hubSpotProperty()
                                        + ", set its rule to "
                                        + SyncRule.DONT_SYNC.label()
                                        + ".");
                    }
                    store.deleteMapping(id);
                    return new Result<>(
                            null,
                            new Audit(
                                    action("REMOVED"),
                                    MappingRules.target(object, stored),
                                    MappingRules.state(stored),
                                    null));
                });
    }

    /** Reads both describes, outside any transaction: they may cost an API call each. */
    private Schemas schemas() {
        try {
            List<ObjectSchema> salesforce = new ArrayList<>();
            for (String type : object.salesforceTypes()) {
                salesforce.add(connectors.salesforce().describe(type));
            }
            return new Schemas(
                    object, connectors.hubSpot().describe(object.hubSpotType()), salesforce);
        } catch (ConnectorException | IllegalStateException failed) {
            throw new MappingRejected(
                    Field.NONE,
                    "The fields of HubSpot and Salesforce could not be read: "
                            + failed.getMessage());
        }
    }

    private AuditAction action(String what) {
        return AuditAction.valueOf(object.name() + "_MAPPING_" + what);
    }

    private static FieldMapping withId(FieldMapping m, long id, boolean defaultMapping) {
        return new FieldMapping(
                id,
                m.hubSpotProperty(),
                m.salesforceField(),
                m.rule(),
                defaultMapping,
                m.translations(),
                m.truncate(),
                m.defaultValue());
    }
}
