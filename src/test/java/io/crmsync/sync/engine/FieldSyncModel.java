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

    /** A value crmsync put on a side, with the user edits made before it. */
    record Write(
            ExternalSystem target, String before, String value, Instant at, List<Edit> edits) {}

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    final SyncRule rule;
    private Instant now = T0;
    private final Map<ExternalSystem, Side> sides = new EnumMap<>(ExternalSystem.class);
    private FieldState state;
    private final SequencedSet<ExternalSystem> pending = new LinkedHashSet<>();
    final List<Edit> edits = new ArrayList<>();
    private final Map<ExternalSystem, String> seen = new EnumMap<>(ExternalSystem.class);
    private final Map<ExternalSystem, List<Edit>> unseen = new EnumMap<>(ExternalSystem.class);

    /** A write whose state was never recorded (a crash or lost answer after it). */
    private boolean unrecordedWrite;

    /**
     * A run in one of the residual windows of ADR 032: a side edited back to the value crmsync
     * recorded while a write of crmsync's was unrecorded (its echo cannot be told from a user's
     * change), or after that side's change beat a write and before it synced back.
     */
    boolean residual;

    /** When each side was last edited back to a value crmsync had seen (a cancelled change). */
    private final Map<ExternalSystem, Instant> touched = new EnumMap<>(ExternalSystem.class);

    private boolean editedAt(ExternalSystem side, Instant at) {
        return edits.stream().anyMatch(e -> e.side() == side && e.at().equals(at));
    }

    /** Sides holding a value crmsync wrote and never recorded: an echo it cannot recognise. */
    private final java.util.Set<ExternalSystem> echoes =
            java.util.EnumSet.noneOf(ExternalSystem.class);

    /** Sides whose change beat a write, read but not yet synced back. */
    private final java.util.Set<ExternalSystem> won =
            java.util.EnumSet.noneOf(ExternalSystem.class);

    /** Edits crmsync read but has not recorded a state after: a crash forgets them. */
    private final Map<ExternalSystem, List<Edit>> unrecorded = new EnumMap<>(ExternalSystem.class);

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
            unrecorded.put(side, new ArrayList<>());
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
        echoes.remove(side);

        sides.put(side, new Side(value, now));
        pending.add(side);
        log.add(now + " user " + side + " := " + value);
        if (Objects.equals(seen.get(side), value)) {
            // Back to the value crmsync last saw before crmsync saw the edits in between: on a
            // record with one modification time, that is no change of the field at all.
            // By identity: two edits of one side to one value at one instant are equal records.
            List<Edit> cancelled = unseen.get(side);
            edits.removeIf(e -> cancelled.stream().anyMatch(c -> c == e));
            unseen.get(side).clear();
            // The record was still touched now: an edit of the other side not yet synced, or
            // made at this very instant, races with a touch crmsync cannot tell from a change.
            residual |=
                    unrecordedWrite
                            || editedAt(side.other(), now)
                            || !unseen.get(side.other()).isEmpty();
            touched.put(side, now);
            log.add("  (edits since crmsync last read " + side + " cancel out)");
            return;
        }
        residual |= now.equals(touched.get(side.other()));
        Edit edit = new Edit(side, value, now);
        edits.add(edit);
        unseen.get(side).add(edit);
    }

    private void read(ExternalSystem side) {
        seen.put(side, sides.get(side).value());
        unrecorded.get(side).addAll(unseen.get(side));
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
        won.remove(from);
        ExternalSystem to = from.other();
        Side source = sides.get(from);
        read(from);
        FieldRules.Action action =
                FieldRules.decide(rule, from, source.value(), source.modifiedAt(), state, false);
        String entry = now + " sync " + from + "->" + to + " " + source + " " + action;
        switch (action) {
            case SKIP -> log.add(entry);
            case OBSERVE -> {
                staleBelief(to, source);
                recordState(observed(from, source, true));
                log.add(entry + " state " + state);
            }
            case YIELD -> {
                staleBelief(to, source);
                recordState(observed(from, source, false));
                pending.add(to);
                log.add(entry + " state " + state);
            }
            case WRITE -> {
                // An unrecognised echo of crmsync's own write, sent back as a change: ADR 032.
                residual |= echoes.contains(from);
                write(from, to, source, fault, entry);
            }
        }
    }

    private void write(
            ExternalSystem from, ExternalSystem to, Side source, Fault fault, String entry) {
        Side target = sides.get(to);
        if (readsFirst(to)) {
            read(to);
        }
        if (readsFirst(to) && Objects.equals(target.value(), source.value())) {
            recordState(
                    new FieldState("f", source.value(), source.value(), from, source.modifiedAt()));
            log.add(entry + " already there, state " + state);
            return;
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
            won.add(to);
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
                            to,
                            target.value(),
                            target.modifiedAt());
            recordState(
                    new FieldState(
                            "f",
                            seen.hubSpotValue(),
                            seen.salesforceValue(),
                            seen.source(),
                            seen.sourceModifiedAt()));
            log.add(entry + " target " + target + " wins, state " + state);
            return;
        }
        if (fault == Fault.CRASH_BEFORE_WRITE) {
            pending.add(from);
            forgetReads();
            log.add(entry + " crash before write");
            return;
        }
        writes.add(new Write(to, target.value(), source.value(), now, List.copyOf(edits)));
        sides.put(to, new Side(source.value(), now));
        read(to);
        pending.add(to);
        if (fault != Fault.NONE) {
            pending.add(from);
            unrecordedWrite = true;
            echoes.add(to);
            forgetReads();
            log.add(entry + " written, " + fault);
            return;
        }
        recordState(new FieldState("f", source.value(), source.value(), from, source.modifiedAt()));
        log.add(entry + " written, state " + state);
    }

    /**
     * Recording a state from what crmsync last knew of {@code to} while {@code to} holds an echo of
     * an unrecorded write of another value: that echo will then look like a user's change (ADR 032,
     * the echo of a write whose record a crash lost).
     */
    private void staleBelief(ExternalSystem to, Side source) {
        residual |= echoes.contains(to) && !Objects.equals(sides.get(to).value(), source.value());
    }

    private void recordState(FieldState recorded) {
        state = recorded;
        echoes.clear();
        unrecordedWrite = false;
        unrecorded.values().forEach(List::clear);
    }

    /**
     * What crmsync read and did not record is gone with a crash or a failed step: it knows the
     * sides only as its field state says.
     */
    private void forgetReads() {
        for (ExternalSystem side : ExternalSystem.values()) {
            unseen.get(side).addAll(0, unrecorded.get(side));
            unrecorded.get(side).clear();
            if (state != null) {
                seen.put(side, state.valueOn(side));
            } else {
                seen.remove(side);
            }
        }
    }

    /** The fields FreshTargets checks before an update (ADR 031's read before write). */
    private boolean readsFirst(ExternalSystem target) {
        return rule == SyncRule.TWO_WAY
                || (rule == SyncRule.PREFER_SALESFORCE_UNLESS_BLANK
                        && target == ExternalSystem.SALESFORCE);
    }

    /** As RecordValues.Builder records an observed value: the other side's stays. */
    private FieldState observed(ExternalSystem from, Side source, boolean agrees) {
        String other = state == null ? null : state.valueOn(from.other());
        String hubSpot = from == ExternalSystem.HUBSPOT ? source.value() : other;
        String salesforce = from == ExternalSystem.SALESFORCE ? source.value() : other;
        boolean newest = state == null || (agrees && rule == SyncRule.TWO_WAY);
        return newest
                ? new FieldState("f", hubSpot, salesforce, from, source.modifiedAt())
                : new FieldState(
                        "f", hubSpot, salesforce, state.source(), state.sourceModifiedAt());
    }

    @Override
    public String toString() {
        return rule + "\n  " + String.join("\n  ", log) + "\n  end " + sides + " state " + state;
    }
}
