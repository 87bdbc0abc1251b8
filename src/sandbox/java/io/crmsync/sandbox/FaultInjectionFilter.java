package io.crmsync.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies the {@link FaultPlan} to requests under {@code /sandbox/{system}/}, except the admin API.
 * Runs before everything else, so that an injected fault costs the simulated API nothing and
 * changes no state; only a response lost after a write lets the write happen first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FaultInjectionFilter extends OncePerRequestFilter {

    private static final String ROOT = "/sandbox/";
    private static final String ADMIN = "/_admin";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final FaultPlan plan;
    private final Map<String, SimulatedApi> apis;

    FaultInjectionFilter(FaultPlan plan, List<SimulatedApi> apis) {
        this.plan = plan;
        this.apis =
                apis.stream().collect(Collectors.toMap(SimulatedApi::system, Function.identity()));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + ROOT);
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path =
                request.getRequestURI()
                        .substring(request.getContextPath().length() + ROOT.length());
        int slash = path.indexOf('/');
        String system = slash < 0 ? path : path.substring(0, slash);
        SimulatedApi api = apis.get(system);
        String endpoint = slash < 0 ? "/" : path.substring(slash);
        FaultSettings faults =
                api == null || endpoint.startsWith(ADMIN)
                        ? FaultSettings.NONE
                        : plan.forPath(system, endpoint);
        if (faults.isNone() || !inject(faults, api, response)) {
            if (WRITES.contains(request.getMethod()) && roll(faults.lostAfterWriteRate())) {
                applyThenDrop(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
        }
    }

    /**
     * Lets the write run to its commit with its response held back, then drops the connection: the
     * store has the change, and the client sees no answer.
     */
    private static void applyThenDrop(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        response.reset();
        ConnectionDrop.now(response);
    }

    /** Returns true when a fault answered the request. */
    private boolean inject(FaultSettings faults, SimulatedApi api, HttpServletResponse response)
            throws IOException {
        var random = ThreadLocalRandom.current();
        sleep(
                faults.latencyMillis()
                        + (faults.jitterMillis() > 0
                                ? random.nextLong(faults.jitterMillis() + 1)
                                : 0));
        if (faults.outage()) {
            api.writeServerError(response, 503);
            return true;
        }
        if (roll(faults.connectionResetRate())) {
            response.setStatus(200);
            response.setContentType("application/json;charset=UTF-8");
            response.setContentLength(4096);
            response.getOutputStream().write("{\"records\":[".getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
            // Ending the exchange with fewer bytes than announced makes the container drop the
            // connection.
            throw new IOException("Injected connection reset");
        }
        if (roll(faults.timeoutRate())) {
            sleep(faults.timeoutMillis());
            throw new IOException("Injected timeout");
        }
        if (roll(faults.rate429())) {
            api.writeRateLimited(response);
            return true;
        }
        if (roll(faults.rate503())) {
            api.writeServerError(response, 503);
            return true;
        }
        if (roll(faults.rate500())) {
            api.writeServerError(response, 500);
            return true;
        }
        if (roll(faults.malformedJsonRate())) {
            response.setStatus(200);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write("{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":");
            return true;
        }
        return false;
    }

    private static boolean roll(double rate) {
        return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
