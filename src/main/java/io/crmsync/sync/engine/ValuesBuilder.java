package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.convert.ConversionFailure;
import io.crmsync.convert.ValueConverter;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import io.crmsync.sync.internal.StateCountryConverter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects one record's values as the rules decide them. */
final class ValuesBuilder {

    private final ExternalSystem from;
    private final Instant modifiedAt;
    private final Map<String, FieldState> states;
    private final boolean creating;
    private final Map<String, Object> toWrite = new LinkedHashMap<>();
    private final List<FieldWrite> writes = new ArrayList<>();
    private final List<SyncFailure> errors = new ArrayList<>();
    private boolean sendsBack;

    ValuesBuilder(
            ExternalSystem from,
            Instant modifiedAt,
            Map<String, FieldState> states,
            boolean creating) {
        this.from = from;
        this.modifiedAt = modifiedAt;
        this.states = states;
        this.creating = creating;
    }

    FieldRules.Action decide(MappedField field, String canonical) {
        return FieldRules.decide(
                field.mapping().rule(),
                from,
                canonical,
                modifiedAt,
                states.get(field.property()),
                creating);
    }

    /** Applies the rules to a value that needs no conversion for the other side. */
    void apply(MappedField field, String targetName, Object value) {
        applyConverted(field, targetName, value, value);
    }

    void applyConverted(MappedField field, String targetName, Object value, Object converted) {
        String canonical = ValueConverter.canonical(value);
        FieldRules.Action action = decide(field, canonical);
        if (action == FieldRules.Action.WRITE && targetName != null) {
            toWrite.put(targetName, converted);
            if (truncated(value, converted)) {
                // The other side holds the shortened text: its echo is no change to send back.
                writes.add(
                        written(
                                field,
                                canonical,
                                ValueConverter.canonical(converted),
                                field.mapping().rule().name()));
                return;
            }
        }
        record(field, canonical, action);
    }

    private static boolean truncated(Object value, Object converted) {
        return value instanceof String text
                && converted instanceof String shorter
                && shorter.length() < text.length()
                && text.startsWith(shorter);
    }

    private FieldWrite written(
            MappedField field, String canonical, String targetCanonical, String rule) {
        return new FieldWrite(
                field.property(),
                from == ExternalSystem.HUBSPOT ? canonical : targetCanonical,
                from == ExternalSystem.SALESFORCE ? canonical : targetCanonical,
                from,
                modifiedAt,
                rule,
                true);
    }

    /** Writes {@code converted} whatever the rules say: a remedy decided it. */
    void applyWrite(MappedField field, String targetName, Object value, Object converted) {
        toWrite.put(targetName, converted);
        record(field, ValueConverter.canonical(value), FieldRules.Action.WRITE);
    }

    void applyAddress(
            MappedField field,
            Object value,
            String prefix,
            Map<String, String> converted,
            boolean state) {
        String canonical = ValueConverter.canonical(value);
        FieldRules.Action action = decide(field, canonical);
        if (action == FieldRules.Action.WRITE) {
            String text = state ? StateCountryConverter.STATE : StateCountryConverter.COUNTRY;
            String code =
                    state ? StateCountryConverter.STATE_CODE : StateCountryConverter.COUNTRY_CODE;
            if (converted.containsKey(code)) {
                toWrite.put(prefix + code, converted.get(code));
            }
            if (converted.containsKey(text)) {
                toWrite.put(prefix + text, converted.get(text));
            }
        }
        record(field, canonical, action);
    }

    private void record(MappedField field, String canonical, FieldRules.Action action) {
        FieldState state = states.get(field.property());
        String rule = field.mapping().rule().name();
        switch (action) {
            case WRITE ->
                    writes.add(
                            new FieldWrite(
                                    field.property(),
                                    canonical,
                                    canonical,
                                    from,
                                    modifiedAt,
                                    rule,
                                    true));
            case OBSERVE, YIELD -> {
                String other = state == null ? null : state.valueOn(from.other());
                // A Two-way change that agrees with the other side is the newest change of the
                // field; one that yields keeps the other side's as the newest.
                boolean newest =
                        state == null
                                || (action == FieldRules.Action.OBSERVE
                                        && field.mapping().rule()
                                                == io.crmsync.sync.SyncRule.TWO_WAY);
                writes.add(
                        new FieldWrite(
                                field.property(),
                                from == ExternalSystem.HUBSPOT ? canonical : other,
                                from == ExternalSystem.SALESFORCE ? canonical : other,
                                newest ? from : state.source(),
                                newest ? modifiedAt : state.sourceModifiedAt(),
                                rule,
                                false));
                sendsBack |= action == FieldRules.Action.YIELD;
            }
            case SKIP -> {}
        }
    }

    void error(ConversionFailure failure, String field) {
        errors.add(
                new SyncFailure(
                        FailureKind.RECORD_REJECTED,
                        failure.type(),
                        failure.code(),
                        failure.message(),
                        List.of(failure.field() != null ? failure.field() : field),
                        null));
    }

    /** A value the other side needs with the mapped ones, outside any field's state. */
    void extra(String targetName, Object value) {
        toWrite.put(targetName, value);
    }

    RecordValues build() {
        return new RecordValues(toWrite, writes, errors, sendsBack);
    }
}
