package io.crmsync.settings;

import io.crmsync.connection.Connectors;
import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.settings.StageMappingRejected.Field;
import io.crmsync.settings.internal.SettingsChanges;
import io.crmsync.settings.internal.SettingsChanges.Audit;
import io.crmsync.settings.internal.SettingsChanges.Result;
import io.crmsync.settings.internal.StageRules;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.PipelineCapable;
import io.crmsync.sync.StageMapping;
import io.crmsync.sync.settings.SettingsStore;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal stage mappings (PRODUCT.md S16): each Salesforce opportunity stage, per record type,
 * mapped to a HubSpot deal pipeline and stage. Every role may read; Editors and Admins change. A
 * mapping is checked against both CRMs before it is stored: the stage must exist in the record
 * type's business process and in the HubSpot pipeline, and closed won and closed lost must map to
 * the same outcome on the other side.
 */
@Service
public class DealStageService {

    static final String OPPORTUNITY = "Opportunity";
    static final String DEALS = "deals";

    private final SettingsStore store;
    private final SettingsChanges changes;
    private final Connectors connectors;

    DealStageService(SettingsStore store, SettingsChanges changes, Connectors connectors) {
        this.store = store;
        this.changes = changes;
        this.connectors = connectors;
    }

    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<StageMapping> mappings() {
        return store.stageMappings();
    }

    /** Both CRMs' stages, read outside any transaction: each costs an API call. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public StageChoices choices() {
        try {
            return new StageChoices(
                    pipelines(connectors.salesforce(), OPPORTUNITY),
                    pipelines(connectors.hubSpot(), DEALS));
        } catch (ConnectorException | IllegalStateException failed) {
            throw new StageMappingRejected(
                    Field.NONE,
                    "The stages of Salesforce and HubSpot could not be read: "
                            + failed.getMessage());
        }
    }

    /** Adds the mapping (id 0) or changes the stored one; refused naming the field at fault. */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public StageMapping save(StageMapping mapping) {
        StageChoices choices = choices();
        return changes.apply(
                mapping.id() == 0 ? "DEAL_STAGE_MAPPING_ADDED" : "DEAL_STAGE_MAPPING_CHANGED",
                (changedIn, version) -> {
                    List<StageMapping> all = store.stageMappings();
                    StageMapping stored =
                            mapping.id() == 0
                                    ? null
                                    : all.stream()
                                            .filter(m -> m.id() == mapping.id())
                                            .findFirst()
                                            .orElseThrow(
                                                    () ->
                                                            new StageMappingRejected(
                                                                    Field.NONE,
                                                                    "This stage mapping was"
                                                                            + " removed"
                                                                            + " meanwhile."));
                    StageMapping checked = StageRules.check(mapping, all, choices);
                    if (stored == null) {
                        StageMapping added = checked.withId(store.insertStageMapping(checked));
                        return new Result<>(
                                added,
                                new Audit(
                                        AuditAction.DEAL_STAGE_MAPPING_ADDED,
                                        StageRules.target(added),
                                        null,
                                        StageRules.state(added)));
                    }
                    if (checked.equals(stored)) {
                        return new Result<>(stored, null);
                    }
                    store.updateStageMapping(checked);
                    return new Result<>(
                            checked,
                            new Audit(
                                    AuditAction.DEAL_STAGE_MAPPING_CHANGED,
                                    StageRules.target(checked),
                                    StageRules.state(stored),
                                    StageRules.state(checked)));
                });
    }

    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public void remove(long id) {
        changes.apply(
                "DEAL_STAGE_MAPPING_REMOVED",
                (changedIn, version) -> {
                    StageMapping stored =
                            store.stageMappings().stream()
                                    .filter(m -> m.id() == id)
                                    .findFirst()
                                    .orElseThrow(
                                            () ->
                                                    new StageMappingRejected(
                                                            Field.NONE,
                                                            "There is no such stage mapping."));
                    store.deleteStageMapping(id);
                    return new Result<>(
                            null,
                            new Audit(
                                    AuditAction.DEAL_STAGE_MAPPING_REMOVED,
                                    StageRules.target(stored),
                                    StageRules.state(stored),
                                    null));
                });
    }

    private static List<io.crmsync.spi.Pipeline> pipelines(Object connector, String type) {
        if (connector instanceof PipelineCapable pipelines) {
            return pipelines.pipelines(type);
        }
        throw new IllegalStateException("The connection cannot read the " + type + " stages.");
    }
}
