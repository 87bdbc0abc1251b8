package io.crmsync.sync.engine;

import static io.crmsync.base.ExternalSystem.HUBSPOT;
import static io.crmsync.base.ExternalSystem.SALESFORCE;
import static io.crmsync.sync.engine.FieldRules.Action.OBSERVE;
import static io.crmsync.sync.engine.FieldRules.Action.SKIP;
import static io.crmsync.sync.engine.FieldRules.Action.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sync.SyncRule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

    private static final Instant T1 = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-28T11:00:00Z");

    private static FieldState state(
            String hubSpot, String salesforce, io.crmsync.base.ExternalSystem source, Instant at) {
        return new FieldState("f", hubSpot, salesforce, source, at);
    }

    @Test
    void creatingWritesEveryValueButNeverABlankOrADontSyncField() {
        assertThat(FieldRules.decide(SyncRule.ALWAYS_SALESFORCE, HUBSPOT, "v", T1, null, true))
                .isEqualTo(WRITE);
        assertThat(FieldRules.decide(SyncRule.TWO_WAY, SALESFORCE, null, T1, null, true))
                .isEqualTo(SKIP);
        assertThat(FieldRules.decide(SyncRule.DONT_SYNC, SALESFORCE, "v", T1, null, true))
                .isEqualTo(SKIP);
    }

    @Test
    void ourOwnValueComingBackIsAnEcho() {
        FieldState synced = state("v", "v", SALESFORCE, T1);
        for (SyncRule rule : SyncRule.values()) {
            assertThat(FieldRules.decide(rule, HUBSPOT, "v", T2, synced, false))
                    .as(rule.name())
                    .isEqualTo(SKIP);
            assertThat(FieldRules.decide(rule, SALESFORCE, "v", T2, synced, false))
                    .as(rule.name())
                    .isEqualTo(SKIP);
        }
    }

    @Test
    void preferSalesforceUnlessBlank() {
        FieldState synced = state("a", "a", SALESFORCE, T1);
        assertThat(
                        FieldRules.decide(
                                SyncRule.PREFER_SALESFORCE_UNLESS_BLANK,
                                SALESFORCE,
                                "b",
                                T2,
                                synced,
                                false))
                .isEqualTo(WRITE);
        assertThat(
                        FieldRules.decide(
                                SyncRule.PREFER_SALESFORCE_UNLESS_BLANK,
                                SALESFORCE,
                                null,
                                T2,
                                synced,
                                false))
                .as("a blank Salesforce value is not sent")
                .isEqualTo(OBSERVE);
        assertThat(
                        FieldRules.decide(
                                SyncRule.PREFER_SALESFORCE_UNLESS_BLANK,
                                HUBSPOT,
                                "b",
                                T2,
                                synced,
                                false))
                .as("HubSpot does not overwrite a Salesforce value")
                .isEqualTo(OBSERVE);
        FieldState salesforceBlank = state("a", null, SALESFORCE, T1);
        assertThat(
                        FieldRules.decide(
                                SyncRule.PREFER_SALESFORCE_UNLESS_BLANK,
                                HUBSPOT,
                                "b",
                                T2,
                                salesforceBlank,
                                false))
                .as("HubSpot fills a blank Salesforce field")
                .isEqualTo(WRITE);
    }

    @Test
    void alwaysSalesforce() {
        FieldState diverged = state("h", "s", HUBSPOT, T1);
        assertThat(
                        FieldRules.decide(
                                SyncRule.ALWAYS_SALESFORCE, SALESFORCE, "s", T2, diverged, false))
                .as("Salesforce's value replaces a diverged HubSpot value")
                .isEqualTo(WRITE);
        assertThat(
                        FieldRules.decide(
                                SyncRule.ALWAYS_SALESFORCE,
                                SALESFORCE,
                                null,
                                T2,
                                state("s", "s", SALESFORCE, T1),
                                false))
                .isEqualTo(WRITE);
        assertThat(
                        FieldRules.decide(
                                SyncRule.ALWAYS_SALESFORCE, HUBSPOT, "h2", T2, diverged, false))
                .isEqualTo(OBSERVE);
    }

    @Test
    void twoWayKeepsTheNewestChangeAndSendsBlanks() {
        FieldState fromHubSpotAtT2 = state("h", "h", HUBSPOT, T2);
        assertThat(FieldRules.decide(SyncRule.TWO_WAY, SALESFORCE, "s", T1, fromHubSpotAtT2, false))
                .as("an older Salesforce change loses, and HubSpot's value is sent back")
                .isEqualTo(FieldRules.Action.YIELD);
        assertThat(
                        FieldRules.decide(
                                SyncRule.TWO_WAY,
                                SALESFORCE,
                                "s",
                                T2.plusSeconds(1),
                                fromHubSpotAtT2,
                                false))
                .isEqualTo(WRITE);
        assertThat(
                        FieldRules.decide(
                                SyncRule.TWO_WAY,
                                HUBSPOT,
                                null,
                                T2.plusSeconds(1),
                                fromHubSpotAtT2,
                                false))
                .as("an emptied value propagates")
                .isEqualTo(WRITE);
    }

    @Test
    void dontSyncNeverWrites() {
        assertThat(
                        FieldRules.decide(
                                SyncRule.DONT_SYNC,
                                SALESFORCE,
                                "x",
                                T2,
                                state("a", "a", SALESFORCE, T1),
                                false))
                .isEqualTo(SKIP);
    }
}
