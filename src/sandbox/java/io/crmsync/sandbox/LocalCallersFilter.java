package io.crmsync.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses callers from other machines on the simulators' admin API and OAuth pages. */
class LocalCallersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LocalCallersFilter.class);

    static final String[] PATHS = {
        "/sandbox/salesforce/_admin/*",
        "/sandbox/hubspot/_admin/*",
        "/sandbox/salesforce/services/oauth2/*",
        "/sandbox/hubspot/oauth/*"
    };

    private final LocalCallers callers;

    LocalCallersFilter(LocalCallers callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (callers.admits(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        log.warn(
                "Refused {} {} from {}: the sandboxes answer this machine only",
                request.getMethod(),
                request.getRequestURI(),
                request.getRemoteAddr());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.getOutputStream()
                .write(
                        ("{\"status\":\"error\",\"category\":\"FORBIDDEN\",\"message\":\"The"
                                        + " sandbox answers this machine only (set"
                                        + " CRMSYNC_SANDBOX_ALLOW_REMOTE=true to open it).\"}")
                                .getBytes(StandardCharsets.UTF_8));
    }
}
