package io.crmsync.sync.engine;

import static io.crmsync.base.ExternalSystem.HUBSPOT;
import static io.crmsync.base.ExternalSystem.SALESFORCE;
import static io.crmsync.sync.SyncRule.ALWAYS_SALESFORCE;
import static io.crmsync.sync.SyncRule.DONT_SYNC;
import static io.crmsync.sync.SyncRule.PREFER_SALESFORCE_UNLESS_BLANK;
import static io.crmsync.sync.SyncRule.TWO_WAY;
import static io.crmsync.sync.engine.FieldRules.Action.OBSERVE;
import static io.crmsync.sync.engine.FieldRules.Action.SKIP;
import static io.crmsync.sync.engine.FieldRules.Action.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.SyncRule;
import io.crmsync.sync.engine.FieldRules.Action;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sync rules of PRODUCT.md S14 (with S7 and S8 for creation) as a table: for each rule, each
 * direction and each situation of the field, what the decide step does with one change. Written
 * from the spec; a row the code disagrees with fails with the row's name.
 */
class SyncRulesTableTest {

    private static final Instant EARLY = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant LATE = Instant.parse("2026-11-28T11:00:00Z");

    /** A situation of the field, seen from the side that changed ({@code from}). */
    enum Situation {
        CREATING("the other record is being created"),
        NEVER_SYNCED("never synced"),
        UNCHANGED("synced and unchanged"),
        CHANGED_HERE("changed on this side"),
        CHANGED_HERE_OTHER_BLANK("changed on this side, the other side blank"),
        OTHER_NEWER("the other side's change is newer"),
        OTHER_OLDER("the other side's change is older"),
        BLANK_OTHER_HAS_VALUE("blank here, a value on the other side"),
        BLANK_NEVER_SYNCED("blank here, never synced"),
        BLANK_CLEARS("cleared here, a value before");

        final String label;

        Situation(String label) {
            this.label = label;
        }

        Action decide(SyncRule rule, ExternalSystem from) {
            return switch (this) {
                case CREATING -> FieldRules.decide(rule, from, "v", LATE, null, true);
                case NEVER_SYNCED -> FieldRules.decide(rule, from, "v", LATE, null, false);
                case UNCHANGED ->
                        FieldRules.decide(
                                rule, from, "v", LATE, state(from, "v", "v", EARLY), false);
                case CHANGED_HERE ->
                        FieldRules.decide(
                                rule, from, "v", LATE, state(from, "a", "a", EARLY), false);
                case CHANGED_HERE_OTHER_BLANK ->
                        FieldRules.decide(
                                rule, from, "v", LATE, state(from, "a", null, EARLY), false);
                case OTHER_NEWER ->
                        FieldRules.decide(
                                rule, from, "v", EARLY, state(from, "o", "o", LATE), false);
                case OTHER_OLDER ->
                        FieldRules.decide(
                                rule, from, "v", LATE, state(from, "o", "o", EARLY), false);
                case BLANK_OTHER_HAS_VALUE ->
                        FieldRules.decide(
                                rule, from, null, LATE, state(from, null, "o", EARLY), false);
                case BLANK_NEVER_SYNCED -> FieldRules.decide(rule, from, null, LATE, null, false);
                case BLANK_CLEARS ->
                        FieldRules.decide(
                                rule, from, null, LATE, state(from, "a", "a", EARLY), false);
            };
        }

        /** A state whose last change came from the other side at {@code at}. */
        private static FieldState state(
                ExternalSystem from, String here, String there, Instant at) {
            String hubSpot = from == HUBSPOT ? here : there;
            String salesforce = from == SALESFORCE ? here : there;
            return new FieldState("f", hubSpot, salesforce, from.other(), at);
        }
    }

    private record Row(SyncRule rule, ExternalSystem from, Situation situation, Action expected) {}

    private final List<Row> rows = new ArrayList<>();

    /** One rule and direction: the expected action for each situation, in enum order. */
    private void rule(SyncRule rule, ExternalSystem from, Action... expected) {
        Situation[] situations = Situation.values();
        assertThat(expected).hasSize(situations.length);
        for (int i = 0; i < situations.length; i++) {
            rows.add(new Row(rule, from, situations[i], expected[i]));
        }
    }

    @TestFactory
    Stream<DynamicTest> eachRuleDirectionAndSituationHasTheActionTheSpecAsksFor() {
        // Order: creating, never synced, unchanged, changed here, changed here (other blank),
        // other newer, other older, blank (other has a value), blank never synced, blank clears.

        // Two-way: the newest change wins, and a value emptied on one side is emptied on the other.
        for (ExternalSystem from : ExternalSystem.values()) {
            rule(
                    TWO_WAY, from, WRITE, WRITE, SKIP, WRITE, WRITE, SKIP, WRITE, SKIP, OBSERVE,
                    WRITE);
        }
        // Always use Salesforce: Salesforce's value wins, blanks included; HubSpot never writes.
        rule(
                ALWAYS_SALESFORCE,
                SALESFORCE,
                WRITE,
                WRITE,
                SKIP,
                WRITE,
                WRITE,
                WRITE,
                WRITE,
                WRITE,
                WRITE,
                WRITE);
        rule(
                ALWAYS_SALESFORCE,
                HUBSPOT,
                WRITE,
                OBSERVE,
                SKIP,
                OBSERVE,
                OBSERVE,
                OBSERVE,
                OBSERVE,
                SKIP,
                OBSERVE,
                OBSERVE);
        // Prefer Salesforce unless blank: Salesforce's value wins; HubSpot's fills a blank one.
        rule(
                PREFER_SALESFORCE_UNLESS_BLANK,
                SALESFORCE,
                WRITE,
                WRITE,
                SKIP,
                WRITE,
                WRITE,
                WRITE,
                WRITE,
                SKIP,
                OBSERVE,
                OBSERVE);
        // From HubSpot, never synced: Salesforce may be blank, so it is written after a read.
        rule(
                PREFER_SALESFORCE_UNLESS_BLANK,
                HUBSPOT,
                WRITE,
                WRITE,
                SKIP,
                OBSERVE,
                WRITE,
                OBSERVE,
                OBSERVE,
                SKIP,
                OBSERVE,
                OBSERVE);
        for (ExternalSystem from : ExternalSystem.values()) {
            rule(DONT_SYNC, from, SKIP, SKIP, SKIP, SKIP, SKIP, SKIP, SKIP, SKIP, SKIP, SKIP);
        }

        return rows.stream().map(row -> DynamicTest.dynamicTest(name(row), () -> check(row)));
    }

    private static String name(Row row) {
        return row.rule().label()
                + " from "
                + row.from().label()
                + ", "
                + row.situation().label
                + ": "
                + row.expected();
    }

    private static void check(Row row) {
        assertThat(row.situation().decide(row.rule(), row.from()))
                .as(name(row))
                .isEqualTo(row.expected());
    }
}
