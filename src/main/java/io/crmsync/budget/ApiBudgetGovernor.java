package io.crmsync.budget;

import io.crmsync.base.ExternalSystem;
import io.crmsync.budget.internal.AllocationStore;
import io.crmsync.budget.internal.ApiCallRecorder;
import io.crmsync.budget.internal.DailyLimit;
import io.crmsync.budget.internal.Usage;
import io.crmsync.spi.CallBudget;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Enforces the budget. Retries stop at 75 % of the Salesforce allocation (past {@value
 * #DEFAULT_RETRY_CEILING} calls in 24 hours when there is none), and of HubSpot's daily limit when
 * HubSpot has told it; non-urgent work waits once the allocation or the CRM's limit is used up.
 */
@Component
public class ApiBudgetGovernor implements CallBudget {

    public static final long DEFAULT_RETRY_CEILING = 5_000;
    private static final double RETRY_SHARE = 0.75;

    private final Usage usage;
    private final AllocationStore allocations;
    private final ApiCallRecorder recorder;
    private final Clock clock;

    ApiBudgetGovernor(
            Usage usage, AllocationStore allocations, ApiCallRecorder recorder, Clock clock) {
        this.usage = usage;
        this.allocations = allocations;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public boolean mayRetry(ExternalSystem system) {
        long used = used(system);
        Optional<Long> cap = cap(system);
        if (cap.isPresent()) {
            return used < cap.get() * RETRY_SHARE;
        }
        return system != ExternalSystem.SALESFORCE || used < DEFAULT_RETRY_CEILING;
    }

    @Override
    public Optional<String> holdReason(ExternalSystem system) {
        long used = used(system);
        Optional<Long> cap = cap(system);
        if (cap.isPresent() && used >= cap.get()) {
            String what =
                    system == ExternalSystem.SALESFORCE
                            ? "the Salesforce calls allocated to HubSpot"
                            : "HubSpot's daily API limit";
            return Optional.of(
                    "crmsync has used %d of %s (%d) in the last 24 hours; backfills wait until usage falls below it."
                            .formatted(used, what, cap.get()));
        }
        return recentLimit(system)
                .filter(limit -> limit.used() >= limit.limit())
                .map(
                        limit ->
                                "%s reports its daily API limit of %d calls used up; backfills wait."
                                        .formatted(system.label(), limit.limit()));
    }

    private long used(ExternalSystem system) {
        long own = usage.last24Hours(system);
        if (system == ExternalSystem.HUBSPOT) {
            // HubSpot's daily limit is shared by every app of the portal, so its own count wins.
            return Math.max(own, recentLimit(system).map(DailyLimit::used).orElse(0L));
        }
        return own;
    }

    private Optional<Long> cap(ExternalSystem system) {
        return system == ExternalSystem.SALESFORCE
                ? allocations.allocation(system)
                : recentLimit(system).map(DailyLimit::limit);
    }

    private Optional<DailyLimit> recentLimit(ExternalSystem system) {
        return recorder.latestLimit(system)
                .filter(l -> l.observedAt().isAfter(clock.instant().minus(Usage.WINDOW)));
    }
}
