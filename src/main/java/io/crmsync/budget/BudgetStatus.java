package io.crmsync.budget;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;
import java.util.function.Function;

/**
 * Where one side stands against its budget.
 *
 * @param allocation the calls per 24 hours crmsync may spend ("Allocated to HubSpot"), or null
 * @param usedLast24Hours crmsync's calls in the rolling 24 hours
 * @param left calls left of the allocation (never negative), or null without an allocation
 * @param crmDailyLimit the CRM's own daily limit ("Limited by Salesforce"), or null when unknown
 * @param crmDailyUsed the CRM's own count of calls in its window, all integrations included
 * @param limitObservedAt when the CRM last reported them
 * @param runsOutAt when the allocation runs out at the rate of the last hour; null when it does not
 * @param failedLast24Hours the calls of the rolling 24 hours that the CRM refused or did not answer
 */
public record BudgetStatus(
        ExternalSystem system,
        Long allocation,
        long usedLast24Hours,
        Long left,
        Long crmDailyLimit,
        Long crmDailyUsed,
        Instant limitObservedAt,
        Instant runsOutAt,
        long failedLast24Hours) {

    public Long crmRemaining() {
        return crmDailyLimit == null ? null : Math.max(0, crmDailyLimit - crmDailyUsed);
    }

    /** The calls used in the last 24 hours, against the allocation when there is one. */
    public String usedSummary() {
        if (allocation == null && system != ExternalSystem.SALESFORCE) {
            return "Calls used in the last 24 hours: %,d".formatted(usedLast24Hours);
        }
        return allocation == null
                ? "Calls used in the last 24 hours: %,d (no allocation set)"
                        .formatted(usedLast24Hours)
                : "Calls used: %,d of %,d allocated, %,d left"
                        .formatted(usedLast24Hours, allocation, left);
    }

    /** The failed calls of the last 24 hours and their share of all calls. */
    public String failedSummary() {
        if (failedLast24Hours == 0) {
            return "Failed calls in the last 24 hours: none";
        }
        return "Failed calls in the last 24 hours: %,d of %,d (%.1f %%)"
                .formatted(failedLast24Hours, usedLast24Hours, failedShare() * 100);
    }

    /** The share of the last 24 hours' calls that failed, from 0 to 1. */
    public double failedShare() {
        return usedLast24Hours == 0 ? 0 : (double) failedLast24Hours / usedLast24Hours;
    }

    /** The CRM's own daily limit, as it last reported it. */
    public String limitSummary() {
        return crmDailyLimit == null
                ? "Limited by " + system.label() + ": not reported yet"
                : "Limited by %s: %,d a day, %,d left"
                        .formatted(system.label(), crmDailyLimit, crmRemaining());
    }

    /**
     * What happens next at the current rate, true beside the other two summaries in every state: an
     * allocation or a CRM limit that is used up is said so, before any forecast.
     *
     * @param when how the page shows a time to its user
     */
    public String forecastSummary(Function<Instant, String> when) {
        Long crmLeft = crmRemaining();
        if (allocation != null && left == 0) {
            return "The allocation is used up: crmsync makes no more calls until calls of the last"
                    + " 24 hours age out.";
        }
        if (crmLeft != null && crmLeft == 0) {
            return "%s's daily limit is used up: the sync waits for it to reset and then resumes by itself."
                    .formatted(system.label());
        }
        if (allocation == null) {
            return (system == ExternalSystem.SALESFORCE ? "With no allocation, crmsync" : "crmsync")
                    + " may use calls up to %s's daily limit.".formatted(system.label());
        }
        if (runsOutAt == null) {
            return "No calls in the last hour: at the current rate, the allocation does not run out.";
        }
        return "At the current rate, the allocation runs out " + when.apply(runsOutAt) + ".";
    }
}
