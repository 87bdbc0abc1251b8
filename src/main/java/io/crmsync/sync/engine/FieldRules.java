package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.SyncRule;
import java.time.Instant;
import java.util.Objects;

/**
 * The sync rules of PRODUCT.md S14 for one field and one change: whether the changed value goes to
 * the other side. Values are canonical strings; null is blank. The state is what crmsync last knew
 * of the field on both sides, null for a field never synced.
 */
final class FieldRules {

    enum Action {
        /** Send the value to the other side. */
        WRITE,
        /** Remember the value seen on this side; send nothing. */
        OBSERVE,
        /** Nothing changed that matters. */
        SKIP
    }

    private FieldRules() {}

    /**
     * @param creating whether the record on the other side is being created by this change
     */
    static Action decide(
            SyncRule rule,
            ExternalSystem from,
            String value,
            Instant modifiedAt,
            FieldState state,
            boolean creating) {
        if (rule == SyncRule.DONT_SYNC) {
            return Action.SKIP;
        }
        if (creating) {
            return value == null ? Action.SKIP : Action.WRITE;
        }
        String here = state == null ? null : state.valueOn(from);
        String there = state == null ? null : state.valueOn(from.other());
        boolean known = state != null;
        if (value == null && !known) {
            // A blank clears the other side only when this side had a value crmsync saw: a field
            // never synced, or one whose value the other side refused, never comes back blank
            // over its source.
            return Action.OBSERVE;
        }
        if (known && Objects.equals(value, here) && Objects.equals(value, there)) {
            return Action.SKIP;
        }
        return switch (rule) {
            case ALWAYS_SALESFORCE ->
                    from == ExternalSystem.SALESFORCE && (!known || !Objects.equals(value, there))
                            ? Action.WRITE
                            : observeIfChanged(known, value, here);
            case PREFER_SALESFORCE_UNLESS_BLANK -> {
                if (from == ExternalSystem.SALESFORCE) {
                    yield value != null && (!known || !Objects.equals(value, there))
                            ? Action.WRITE
                            : observeIfChanged(known, value, here);
                }
                boolean salesforceBlank = !known || there == null;
                yield salesforceBlank && value != null && !Objects.equals(value, there)
                        ? Action.WRITE
                        : observeIfChanged(known, value, here);
            }
            case TWO_WAY -> {
                if (known && Objects.equals(value, here)) {
                    yield Action.SKIP;
                }
                if (known && olderThanState(from, modifiedAt, state)) {
                    yield Action.SKIP;
                }
                yield Objects.equals(value, there) && known ? Action.OBSERVE : Action.WRITE;
            }
            case DONT_SYNC -> Action.SKIP;
        };
    }

    private static Action observeIfChanged(boolean known, String value, String here) {
        return known && Objects.equals(value, here) ? Action.SKIP : Action.OBSERVE;
    }

    /** A change older than the one that set the field, made on the other side: it lost. */
    private static boolean olderThanState(
            ExternalSystem from, Instant modifiedAt, FieldState state) {
        return state.source() != from
                && modifiedAt != null
                && state.sourceModifiedAt() != null
                && modifiedAt.isBefore(state.sourceModifiedAt());
    }
}
