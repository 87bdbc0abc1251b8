package io.crmsync.budget;

import io.crmsync.base.ExternalSystem;
import io.crmsync.budget.internal.AllocationStore;
import io.crmsync.budget.internal.ApiCallRecorder;
import io.crmsync.budget.internal.ApiCallStore;
import io.crmsync.budget.internal.CallCount;
import io.crmsync.budget.internal.DailyLimit;
import io.crmsync.budget.internal.Usage;
import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.security.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API calls used per side, object and operation; the Salesforce allocation and the CRMs' own
 * limits. Everyone may read; only Admins change the allocation.
 */
@Service
public class ApiBudgetService {

    private final ApiCallStore calls;
    private final ApiCallRecorder recorder;
    private final AllocationStore allocations;
    private final Usage usage;
    private final AuditLog audit;
    private final Clock clock;

    ApiBudgetService(
            ApiCallStore calls,
            ApiCallRecorder recorder,
            AllocationStore allocations,
            Usage usage,
            AuditLog audit,
            Clock clock) {
        this.calls = calls;
        this.recorder = recorder;
        this.allocations = allocations;
        this.usage = usage;
        this.audit = audit;
        this.clock = clock;
    }

    /** The stored calls of the rolling 24 hours per side, object and operation, most first. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<UsageRow> usageLast24Hours() {
        Map<String, UsageRow> rows = new LinkedHashMap<>();
        for (CallCount count : calls.grouped(usage.windowStart())) {
            String key = count.system() + "/" + count.objectType() + "/" + count.operation();
            long failed = "2xx".equals(count.statusClass()) ? 0 : count.calls();
            rows.merge(
                    key,
                    new UsageRow(
                            count.system(),
                            count.objectType(),
                            count.operation(),
                            count.calls(),
                            failed),
                    (a, b) ->
                            new UsageRow(
                                    a.system(),
                                    a.objectType(),
                                    a.operation(),
                                    a.calls() + b.calls(),
                                    a.failed() + b.failed()));
        }
        List<UsageRow> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparingLong(UsageRow::calls).reversed());
        return sorted;
    }

    /** 24 entries, oldest first, the last one being the current hour. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<HourlyCalls> callsPerHour(ExternalSystem system) {
        Instant currentHour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant first = currentHour.minus(Duration.ofHours(23));
        Map<Instant, Long> hours = new TreeMap<>();
        for (int i = 0; i < 24; i++) {
            hours.put(first.plus(Duration.ofHours(i)), 0L);
        }
        for (CallCount minute : calls.perMinute(system, first)) {
            hours.merge(minute.minute().truncatedTo(ChronoUnit.HOURS), minute.calls(), Long::sum);
        }
        return hours.entrySet().stream()
                .filter(e -> !e.getKey().isAfter(currentHour))
                .map(e -> new HourlyCalls(e.getKey(), e.getValue()))
                .toList();
    }

    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public BudgetStatus status(ExternalSystem system) {
        Long allocation = allocations.allocation(system).orElse(null);
        long used = usage.last24Hours(system);
        Long left = allocation == null ? null : Math.max(0, allocation - used);
        Optional<DailyLimit> limit = recorder.latestLimit(system);
        return new BudgetStatus(
                system,
                allocation,
                used,
                left,
                limit.map(DailyLimit::limit).orElse(null),
                limit.map(DailyLimit::used).orElse(null),
                limit.map(DailyLimit::observedAt).orElse(null),
                left == null ? null : runsOutAt(left, usage.lastHour(system)),
                usage.failedLast24Hours(system));
    }

    /**
     * Sets how many Salesforce calls crmsync may spend in 24 hours; {@code null} removes the cap.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public BudgetStatus setAllocation(Long callsPerDay) {
        ExternalSystem system = ExternalSystem.SALESFORCE;
        if (callsPerDay != null) {
            if (callsPerDay <= 0) {
                throw new AllocationRejected("Enter a positive whole number of calls.");
            }
            Optional<DailyLimit> limit = recorder.latestLimit(system);
            if (limit.isPresent() && callsPerDay > limit.get().limit()) {
                throw new AllocationRejected(
                        "Salesforce allows this org "
                                + limit.get().limit()
                                + " calls a day. Enter at most that.");
            }
        }
        Long before = allocations.allocation(system).orElse(null);
        allocations.save(system, callsPerDay, clock.instant(), actor());
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("callsPerDay", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("callsPerDay", callsPerDay);
        audit.change(AuditAction.API_ALLOCATION_CHANGED, system.label(), was, now);
        return status(system);
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? AuditLog.SYSTEM : auth.getName();
    }

    private Instant runsOutAt(long left, long callsLastHour) {
        if (left == 0) {
            return clock.instant();
        }
        if (callsLastHour == 0) {
            return null;
        }
        long seconds = Math.round(left * 3600.0 / callsLastHour);
        return clock.instant().plusSeconds(seconds);
    }
}
