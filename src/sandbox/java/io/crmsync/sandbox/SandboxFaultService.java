package io.crmsync.sandbox;

import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.security.AuditLog;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Lets Editors and Admins inject latency and failures into the simulated APIs, to watch how crmsync
 * copes. Every change is audited.
 */
@Service
public class SandboxFaultService {

    public static final List<String> SYSTEMS = FaultPlan.SYSTEMS;

    private final FaultPlan plan;
    // Absent when the sandboxes run as their own process, without the console.
    private final ObjectProvider<AuditLog> audit;

    SandboxFaultService(FaultPlan plan, ObjectProvider<AuditLog> audit) {
        this.plan = plan;
        this.audit = audit;
    }

    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public List<EndpointFaults> faults() {
        return SYSTEMS.stream()
                .flatMap(
                        system ->
                                plan.settings(system).entrySet().stream()
                                        .map(
                                                entry ->
                                                        new EndpointFaults(
                                                                system,
                                                                entry.getKey(),
                                                                entry.getValue())))
                .sorted(
                        Comparator.comparing(EndpointFaults::system)
                                .thenComparing(EndpointFaults::endpoint))
                .toList();
    }

    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public void set(String system, String endpoint, FaultSettings settings) {
        String path = FaultPlan.checkedEndpoint(system, endpoint);
        settings.validate();
        FaultSettings before = plan.forPath(system, path);
        plan.set(system, path, settings);
        audit.ifAvailable(
                log ->
                        log.change(
                                AuditAction.SANDBOX_FAULTS_CHANGED,
                                system + " " + path,
                                describe(before),
                                describe(settings)));
    }

    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public void clear(String system) {
        var before = plan.settings(system);
        plan.clear(system);
        audit.ifAvailable(
                log ->
                        log.change(
                                AuditAction.SANDBOX_FAULTS_CLEARED,
                                system,
                                Map.of("endpoints", before.keySet()),
                                Map.of()));
    }

    private static Map<String, Object> describe(FaultSettings settings) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("latencyMillis", settings.latencyMillis());
        state.put("jitterMillis", settings.jitterMillis());
        state.put("rate429", settings.rate429());
        state.put("rate500", settings.rate500());
        state.put("rate503", settings.rate503());
        state.put("timeoutRate", settings.timeoutRate());
        state.put("timeoutMillis", settings.timeoutMillis());
        state.put("malformedJsonRate", settings.malformedJsonRate());
        state.put("connectionResetRate", settings.connectionResetRate());
        state.put("outage", settings.outage());
        state.put("lostAfterWriteRate", settings.lostAfterWriteRate());
        return state;
    }
}
