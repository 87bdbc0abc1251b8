package io.crmsync.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts, by form or by HTTP Basic, from an address that {@link SignInThrottle}
 * is holding back, before they reach an account. The form gets its own message; HTTP Basic a 429.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_PAGE = "/login?throttled";

    private final SignInThrottle throttle;
    private final Clock clock;

    SignInThrottleFilter(SignInThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean formSignIn =
                "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        String authorization = request.getHeader("Authorization");
        boolean basicSignIn =
                authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        Optional<Instant> until =
                formSignIn || basicSignIn
                        ? throttle.refusedUntil(request.getRemoteAddr())
                        : Optional.empty();
        if (until.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.between(clock.instant(), until.get()).toSeconds());
        if (formSignIn) {
            response.sendRedirect(request.getContextPath() + THROTTLED_PAGE);
        } else {
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.sendError(429, "Too many failed sign-ins from this address");
        }
    }
}
