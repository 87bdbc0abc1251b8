package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.SyncRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedSet;

/**
 * One linked record's field on both CRMs, crmsync's {@link FieldState} of it and the queue of
 * pending syncs, driven by the engine's pure decide step: {@link FieldRules#decide} and, before an
 * update, {@link FreshTargets#targetWins}. A sync reads the target and writes it in one atomic step
 * (see {@link TwoSidedSyncProperties}).
 */
final class FieldSyncModel {

    /** What goes wrong in one sync step. */
    enum Fault {
        NONE,
        /** The process dies before the write: nothing happened, the step is queued again. */
        CRASH_BEFORE_WRITE,
        /** The process dies after the write and before the state is recorded. */
        CRASH_BEFORE_RECORD,
        /** The write succeeded but its answer was lost: the step fails and is retried. */
        ANSWER_LOST
    }

    /** A value and its record's last modification, on one CRM. */
    record Side(String value, Instant modifiedAt) {}

    /** A user's change of the field, on one side. */
    record Edit(ExternalSystem side, String value, Instant at) {}

    /** A value crmsync put on a side. */
    record Write(ExternalSystem target, String before, String value, Instant at) {}

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    final SyncRule rule;
    private Instant now = T0;
    private final Map<ExternalSystem, Side> sides = new EnumMap<>(ExternalSystem.class);
    private FieldState state;
    private final SequencedSet<ExternalSystem> pending = new LinkedHashSet<>();
    final List<Edit> edits = new ArrayList<>();
    private final Map<ExternalSystem, String> seen = new EnumMap<>(ExternalSystem.class);
    private final Map<ExternalSystem, List<Edit>> unseen = new EnumMap<>(ExternalSystem.class);
    final List<Write> writes = new ArrayList<>();
    final List<String> log = new ArrayList<>();

    /** Both sides blank and never synced, or both holding {@code synced} as crmsync last saw it. */
    FieldSyncModel(SyncRule rule, String synced) {
        this.rule = rule;
        sides.put(ExternalSystem.HUBSPOT, new Side(synced, T0));
        sides.put(ExternalSystem.SALESFORCE, new Side(synced, T0));
        for (ExternalSystem side : ExternalSystem.values()) {
            seen.put(side, synced);
            unseen.put(side, new ArrayList<>());
        }
        state =
                synced == null
                        ? null
                        : new FieldState("f", synced, synced, ExternalSystem.SALESFORCE, T0);
    }

    void advance(int seconds) {
        now = now.plusSeconds(seconds);
    }

    Instant now() {
        return now;
    }

    Side side(ExternalSystem system) {
        return sides.get(system);
    }

    boolean quiet() {
        return pending.isEmpty();
    }

    /** A user changes the field; an edit to the value it already holds changes nothing. */
    void edit(ExternalSystem side, String value) {
        if (Objects.equals(sides.get(side).value(), value)) {
            return;
        }
        sides.put(side, new Side(value, now));
        pending.add(side);
        log.add(now + " user " + side + " := " + value);
        if (Objects.equals(seen.get(side), value)) {
            // Back to the value crmsync last saw before crmsync saw the edits in between: on a
            // record with one modification time, that is no change of the field at all.
            edits.removeAll(unseen.get(side));
            unseen.get(side).clear();
            log.add("  (edits since crmsync last read " + side + " cancel out)");
            return;
        }
        Edit edit = new Edit(side, value, now);
        edits.add(edit);
        unseen.get(side).add(edit);
    }

    private void read(ExternalSystem side) {
        seen.put(side, sides.get(side).value());
        unseen.get(side).clear();
    }

    /** Runs the oldest pending sync, if any. */
    void runPending(Fault fault) {
        if (!pending.isEmpty()) {
            sync(pending.getFirst(), fault);
        }
    }

    /** Syncs the record changed on {@code from} to the other side. */
    void sync(ExternalSystem from, Fault fault) {
        pending.remove(from);
        ExternalSystem to = from.other();
        Side source = sides.get(from);
        read(from);
        FieldRules.Action action =
                FieldRules.decide(rule, from, source.value(), source.modifiedAt(), state, false);
        String entry = now + " sync " + from + "->" + to + " " + source + " " + action;
        switch (action) {
            case SKIP -> log.add(entry);
            case OBSERVE -> {
                state = observed(from, source);
                log.add(entry + " state " + state);
            }
            case WRITE -> write(from, to, source, fault, entry);
        }
    }

    private void write(
            ExternalSystem from, ExternalSystem to, Side source, Fault fault, String entry) {
        Side target = sides.get(to);
        if (readsFirst(to)) {
            read(to);
        }
        if (readsFirst(to)
                && FreshTargets.targetWins(
                        rule,
                        to,
                        state,
                        target.value(),
                        target.modifiedAt(),
                        source.modifiedAt())) {
            pending.add(to);
            FieldWrite seen =
                    FreshTargets.observed(
                            new FieldWrite(
                                    "f",
                                    source.value(),
                                    source.value(),
                                    from,
                                    source.modifiedAt(),
                                    rule.name(),
                                    true),
                            state,
                            to);
            state =
                    new FieldState(
                            "f",
                            seen.hubSpotValue(),
                            seen.salesforceValue(),
                            seen.source(),
                            seen.sourceModifiedAt());
            log.add(entry + " target " + target + " wins, state " + state);
            return;
        }
        if (fault == Fault.CRASH_BEFORE_WRITE) {
            pending.add(from);
            log.add(entry + " crash before write");
            return;
        }
        writes.add(new Write(to, target.value(), source.value(), now));
        sides.put(to, new Side(source.value(), now));
        read(to);
        pending.add(to);
        if (fault != Fault.NONE) {
            pending.add(from);
            log.add(entry + " written, " + fault);
            return;
        }
        state = new FieldState("f", source.value(), source.value(), from, source.modifiedAt());
        log.add(entry + " written, state " + state);
    }

    /** The fields FreshTargets checks before an update (ADR 031's read before write). */
    private boolean readsFirst(ExternalSystem target) {
        return rule == SyncRule.TWO_WAY
                || (rule == SyncRule.PREFER_SALESFORCE_UNLESS_BLANK
                        && target == ExternalSystem.SALESFORCE);
    }

    /** As ContactValues.Builder records an observed value: the other side's stays. */
    private FieldState observed(ExternalSystem from, Side source) {
        String other = state == null ? null : state.valueOn(from.other());
        String hubSpot = from == ExternalSystem.HUBSPOT ? source.value() : other;
        String salesforce = from == ExternalSystem.SALESFORCE ? source.value() : other;
        return state == null
                ? new FieldState("f", hubSpot, salesforce, from, source.modifiedAt())
                : new FieldState(
                        "f", hubSpot, salesforce, state.source(), state.sourceModifiedAt());
    }

    @Override
    public String toString() {
        return rule + "\n  " + String.join("\n  ", log) + "\n  end " + sides + " state " + state;
    }
}
