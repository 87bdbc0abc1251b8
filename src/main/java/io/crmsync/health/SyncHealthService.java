package io.crmsync.health;

import io.crmsync.base.SandboxLink;
import io.crmsync.convert.ValueTranslation;
import io.crmsync.health.internal.ErrorQueries;
import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.security.AuditLog;
import io.crmsync.settings.ContactMappingService;
import io.crmsync.settings.MappingChoice;
import io.crmsync.settings.MappingRejected;
import io.crmsync.settings.SkipChanges;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.FieldSkip;
import io.crmsync.sync.SyncSuspension;
import io.crmsync.sync.engine.SuspensionControl;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sync Health (PRODUCT.md S3–S5, B6): the error cards, their root-cause groups and impacted
 * records, resyncs, one-click remedies and the suspension. Every role reads; Editors and Admins
 * resync and apply remedies; only Admins clear a suspension.
 */
@Service
public class SyncHealthService {

    /** The Sandbox page, where a sandbox side's records are opened. */
    public static final String SANDBOX_ROUTE = SandboxLink.ROUTE;

    private final ErrorQueries errors;
    private final SuspensionControl suspension;
    private final ContactMappingService mappings;
    private final GroupMappings groupMappings;
    private final ErrorRowLinks rowLinks;
    private final AuditLog audit;
    private final SkipChanges skips;
    private final HealthCsv csv = new HealthCsv();

    SyncHealthService(
            ErrorQueries errors,
            SuspensionControl suspension,
            ContactMappingService mappings,
            GroupMappings groupMappings,
            ErrorRowLinks rowLinks,
            AuditLog audit,
            SkipChanges skips) {
        this.skips = skips;
        this.errors = errors;
        this.suspension = suspension;
        this.mappings = mappings;
        this.groupMappings = groupMappings;
        this.rowLinks = rowLinks;
        this.audit = audit;
    }

    /** One card per error type, all seven, with their error and impacted-record counts. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public List<ErrorCard> cards() {
        return errors.cards();
    }

    /** A page of a card's root-cause groups, the largest first. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public List<ErrorGroup> groups(ErrorType type, ErrorFilter filter, int offset, int limit) {
        return errors.groups(type, filter, offset, limit);
    }

    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public long groupCount(ErrorType type, ErrorFilter filter) {
        return errors.groupCount(type, filter);
    }

    /** A page of the errors of a card, or of one of its groups, newest first, with links. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public List<ErrorRow> rows(
            ErrorType type, ErrorGroup group, ErrorFilter filter, int offset, int limit) {
        ErrorRowLinks.Links links = rowLinks.links();
        return errors.rows(type, group, filter, offset, limit).stream().map(links::add).toList();
    }

    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public long rowCount(ErrorType type, ErrorGroup group, ErrorFilter filter) {
        return errors.rowCount(type, group, filter);
    }

    /**
     * Writes the matching errors as CSV (UTF-8 with a byte order mark, so that spreadsheets read it
     * right) to {@code out}, a page at a time from the database.
     */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public void exportCsv(ErrorType type, ErrorGroup group, ErrorFilter filter, OutputStream out) {
        ErrorRowLinks.Links links = rowLinks.links();
        csv.write(
                out,
                sink -> errors.forEachRow(type, group, filter, r -> sink.accept(links.add(r))));
    }

    /** Queues the records of these errors for a resync; returns how many were newly queued. */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public int resync(List<ErrorRow> rows) {
        return errors.resync(rows);
    }

    /** Queues every record of a group for a resync. */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public int resyncGroup(ErrorGroup group) {
        return errors.resyncAll(group.type(), group, ErrorFilter.NONE);
    }

    /** The values a translation of this group may translate to: the target picklist's values. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public List<String> translationTargets(ErrorGroup group) {
        return groupMappings
                .target(groupMappings.translatableMapping(group), group)
                .map(MappingChoice::values)
                .orElse(List.of());
    }

    /**
     * The remedies that fit this group: read from the group and the mappings alone, without a call
     * to either CRM. Editors and Admins may apply them.
     */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public Set<ErrorRemedy> remedies(ErrorGroup group) {
        return GroupRemedies.of(group, groupMappings.mappingFor(group).orElse(null));
    }

    /**
     * The field the group's values are written to, as its CRM describes it (type, length, picklist
     * values); empty when the mapping or the field is unknown. May cost a describe call.
     */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public Optional<MappingChoice> remedyTarget(ErrorGroup group) {
        return groupMappings.mappingFor(group).flatMap(m -> groupMappings.target(m, group));
    }

    /**
     * B6 remedy: the group's mapping truncates text to the target field's length from now on
     * (audited and versioned), and the group resyncs. Returns how many records were queued.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public int truncateField(ErrorGroup group) {
        FieldMapping mapping = groupMappings.applicable(group, ErrorRemedy.TRUNCATE);
        mappings.save(mapping.withTruncate(true));
        return resyncGroup(group);
    }

    /**
     * B6 remedy: the group's mapping writes {@code value} to Salesforce where the HubSpot value is
     * blank or unusable (audited and versioned), and the group resyncs. A value the Salesforce
     * field cannot take is refused with a {@link MappingRejected} at {@code DEFAULT_VALUE}.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public int useDefault(ErrorGroup group, String value) {
        FieldMapping mapping = groupMappings.applicable(group, ErrorRemedy.DEFAULT_VALUE);
        if (value == null || value.isBlank()) {
            throw new MappingRejected(
                    MappingRejected.Field.DEFAULT_VALUE, "Enter the value to write instead.");
        }
        mappings.save(mapping.withDefaultValue(value));
        return resyncGroup(group);
    }

    /**
     * B6 remedy: the group's field is no longer synced, either way, for the group's records (each
     * skip audited, the change versioned; the Records page lists and removes them), and the group
     * resyncs. Returns how many records were queued.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public int skipField(ErrorGroup group) {
        FieldMapping mapping = groupMappings.applicable(group, ErrorRemedy.SKIP_FIELD);
        List<FieldSkip> wanted = new ArrayList<>();
        errors.forEachRow(
                group.type(),
                group,
                ErrorFilter.NONE,
                row ->
                        wanted.add(
                                skips.skipOf(
                                        mapping,
                                        row.record().hubSpotId(),
                                        row.record().salesforceType(),
                                        row.record().salesforceId(),
                                        row.record().label(),
                                        group.code())));
        skips.skip(mapping, wanted);
        return resyncGroup(group);
    }

    /**
     * B6 remedy: translates the group's refused value to {@code target} in the mapping of its field
     * (audited and versioned by the mappings), then resyncs the group. Returns how many records
     * were queued.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public int translateValue(ErrorGroup group, String target) {
        if (target == null || target.isBlank()) {
            throw new ErrorRemedyRejected("Choose the value to translate to.");
        }
        FieldMapping mapping = groupMappings.translatableMapping(group);
        List<ValueTranslation> translations =
                GroupMappings.translationsWith(mapping, group, target);
        mappings.saveTranslations(mapping.id(), translations);
        return errors.resyncAll(group.type(), group, ErrorFilter.NONE);
    }

    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public Optional<SyncSuspension> suspension() {
        return suspension.current();
    }

    /** Ends the suspension so that the sync resumes; audited. False when there was none. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public boolean clearSuspension() {
        Optional<SyncSuspension> cleared = suspension.clear();
        cleared.ifPresent(
                s -> {
                    Map<String, Object> before = new LinkedHashMap<>();
                    before.put("cause", s.cause().name());
                    before.put("system", s.system().name());
                    before.put("code", s.code());
                    before.put("since", s.since().toString());
                    audit.change(
                            AuditAction.SYNC_SUSPENSION_CLEARED, s.system().label(), before, null);
                });
        return cleared.isPresent();
    }

    /**
     * Calls {@code listener} on a background thread whenever a suspension starts; run the returned
     * action to stop.
     */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public Runnable onSuspension(Consumer<SyncSuspension> listener) {
        return suspension.onSuspended(listener);
    }
}
