package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.convert.ValueConverter;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.SyncRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Read before write (ADR 032): HubSpot has no conditional update, and a Salesforce update does not
 * say what it overwrote, so an update of a linked record that would overwrite a Two-way field (or
 * fill a "Prefer Salesforce unless blank" field in Salesforce) first reads the target records, one
 * call per batch. A field that changed there since crmsync last saw it, in a change newer than the
 * source's, is left out of the write: the target's change wins and is synced back.
 */
@Component
class FreshTargets {

    /**
     * One planned update: the target record's id, when the source changed, the link's field states,
     * and the values about to be written (trimmed in place).
     */
    record Planned(
            String targetId,
            Instant sourceModifiedAt,
            Map<String, FieldState> states,
            RecordValues values) {}

    private final Connectors connectors;
    private final PairSchema schema;
    private final CounterpartStates counterparts;
    private final OriginStamps stamps;

    FreshTargets(
            Connectors connectors,
            PairSchema schema,
            CounterpartStates counterparts,
            OriginStamps stamps) {
        this.connectors = connectors;
        this.schema = schema;
        this.counterparts = counterparts;
        this.stamps = stamps;
    }

    /** Checks updates of Salesforce records; returns the ids whose newer change won. */
    Set<String> checkSalesforce(String salesforceType, List<Planned> planned) {
        return check(ExternalSystem.SALESFORCE, salesforceType, planned);
    }

    /** Checks updates of HubSpot contacts; returns the ids whose newer change won. */
    Set<String> checkHubSpot(String salesforceType, List<Planned> planned) {
        return check(ExternalSystem.HUBSPOT, salesforceType, planned);
    }

    /**
     * Reads the targets of the updates that would overwrite a conditional field, in one batch read,
     * and trims what a newer change there wins.
     */
    private Set<String> check(ExternalSystem target, String salesforceType, List<Planned> planned) {
        List<MappedField> fields = schema.fields(salesforceType);
        List<Planned> checked = needingCheck(planned, fields, target);
        if (checked.isEmpty()) {
            return Set.of();
        }
        List<String> ids = checked.stream().map(Planned::targetId).toList();
        String hubSpotType = SyncObject.ofSalesforceType(salesforceType).hubSpotType();
        boolean toSalesforce = target == ExternalSystem.SALESFORCE;
        List<CrmRecord> read =
                toSalesforce
                        ? connectors
                                .salesforce()
                                .readByIds(
                                        salesforceType,
                                        ids,
                                        stamps.salesforceFields(salesforceType))
                        : connectors
                                .hubSpot()
                                .readByIds(hubSpotType, ids, stamps.hubSpotProperties(hubSpotType));
        Map<String, Map<String, String>> current = new HashMap<>();
        Map<String, Instant> modified = new HashMap<>();
        for (CrmRecord r : read) {
            Map<String, String> values = new HashMap<>();
            if (toSalesforce) {
                counterparts
                        .ofSalesforce(salesforceType, fields, r)
                        .forEach(
                                (property, state) -> values.put(property, state.salesforceValue()));
            } else {
                for (MappedField f : fields) {
                    values.put(
                            f.property(), ValueConverter.canonical(r.fields().get(f.property())));
                }
            }
            current.put(r.id(), values);
            modified.put(r.id(), r.modifiedAt());
        }
        return trim(checked, fields, target, current, modified);
    }

    private static List<Planned> needingCheck(
            List<Planned> planned, List<MappedField> fields, ExternalSystem target) {
        List<Planned> checked = new ArrayList<>();
        for (Planned p : planned) {
            if (fields.stream()
                    .anyMatch(f -> conditional(f, target) && writes(p.values(), f, target))) {
                checked.add(p);
            }
        }
        return checked;
    }

    /** A field whose write depends on what the target holds now. */
    private static boolean conditional(MappedField field, ExternalSystem target) {
        SyncRule rule = field.mapping().rule();
        return rule == SyncRule.TWO_WAY
                || (rule == SyncRule.PREFER_SALESFORCE_UNLESS_BLANK
                        && target == ExternalSystem.SALESFORCE);
    }

    private static List<String> targetNames(MappedField field, ExternalSystem target) {
        if (target == ExternalSystem.HUBSPOT) {
            return List.of(field.property());
        }
        String name = field.salesforceName();
        return List.of(name, name + "Code");
    }

    private static boolean writes(RecordValues values, MappedField field, ExternalSystem target) {
        return targetNames(field, target).stream().anyMatch(values.toWrite()::containsKey);
    }

    private static Set<String> trim(
            List<Planned> checked,
            List<MappedField> fields,
            ExternalSystem target,
            Map<String, Map<String, String>> current,
            Map<String, Instant> modified) {
        Set<String> won = new HashSet<>();
        for (Planned p : checked) {
            Map<String, String> now = current.get(p.targetId());
            if (now == null) {
                continue;
            }
            for (MappedField f : fields) {
                if (!conditional(f, target) || !writes(p.values(), f, target)) {
                    continue;
                }
                if (alreadyThere(p, f, target, now.get(f.property()))) {
                    continue;
                }
                if (targetWins(
                        f.mapping().rule(),
                        target,
                        p.states().get(f.property()),
                        now.get(f.property()),
                        modified.get(p.targetId()),
                        p.sourceModifiedAt())) {
                    targetNames(f, target).forEach(p.values().toWrite()::remove);
                    observeInstead(p, f, target, now.get(f.property()), modified.get(p.targetId()));
                    won.add(p.targetId());
                }
            }
        }
        return won;
    }

    /**
     * The target holds the value already (the same edit made on both sides): nothing is written,
     * and both sides are remembered with it.
     */
    private static boolean alreadyThere(
            Planned p, MappedField field, ExternalSystem target, String targetValue) {
        List<FieldWrite> writes = p.values().fieldWrites();
        FieldWrite planned =
                writes.stream()
                        .filter(w -> w.field().equals(field.property()))
                        .findFirst()
                        .orElse(null);
        if (planned == null || !Objects.equals(planned.writtenValue(), targetValue)) {
            return false;
        }
        targetNames(field, target).forEach(p.values().toWrite()::remove);
        writes.remove(planned);
        writes.add(
                new FieldWrite(
                        planned.field(),
                        planned.hubSpotValue(),
                        planned.salesforceValue(),
                        planned.source(),
                        planned.sourceModifiedAt(),
                        planned.rule(),
                        false));
        return true;
    }

    /**
     * Both values are remembered as read, the target's change as the one that set the field: the
     * target's record then syncs back its value (a Two-way side that set the field and still
     * differs is sent), and later edits on either side are compared with what was read.
     */
    private static void observeInstead(
            Planned p,
            MappedField field,
            ExternalSystem target,
            String targetValue,
            Instant targetModifiedAt) {
        List<FieldWrite> writes = p.values().fieldWrites();
        FieldWrite planned =
                writes.stream()
                        .filter(w -> w.field().equals(field.property()))
                        .findFirst()
                        .orElse(null);
        writes.removeIf(w -> w.field().equals(field.property()));
        if (planned != null) {
            writes.add(observed(planned, target, targetValue, targetModifiedAt));
        }
    }

    static FieldWrite observed(
            FieldWrite planned,
            ExternalSystem target,
            String targetValue,
            Instant targetModifiedAt) {
        String seen = planned.writtenValue();
        boolean toHubSpot = target == ExternalSystem.HUBSPOT;
        return new FieldWrite(
                planned.field(),
                toHubSpot ? targetValue : seen,
                toHubSpot ? seen : targetValue,
                target,
                targetModifiedAt,
                planned.rule(),
                false);
    }

    /**
     * Whether the target's current value of a field beats the planned write: it changed since
     * crmsync last saw it ({@code state}, null when never synced) and, for Two-way, in a newer
     * change; for "Prefer Salesforce unless blank", Salesforce is no longer blank.
     */
    static boolean targetWins(
            SyncRule rule,
            ExternalSystem target,
            FieldState state,
            String targetValue,
            Instant targetModifiedAt,
            Instant sourceModifiedAt) {
        boolean moved =
                state == null
                        ? targetValue != null
                        : !Objects.equals(targetValue, state.valueOn(target));
        if (!moved) {
            return false;
        }
        if (rule == SyncRule.PREFER_SALESFORCE_UNLESS_BLANK) {
            return target == ExternalSystem.SALESFORCE && targetValue != null;
        }
        return rule == SyncRule.TWO_WAY
                && targetModifiedAt != null
                && (sourceModifiedAt == null || targetModifiedAt.isAfter(sourceModifiedAt));
    }
}
