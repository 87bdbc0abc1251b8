package io.crmsync.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Prometheus scrape with {@code Authorization: Bearer <CRMSYNC_METRICS_TOKEN>} instead of a
 * person's password. The token admits the scrape endpoint only; without a configured token, a
 * bearer header admits nothing.
 */
class MetricsTokenFilter extends OncePerRequestFilter {

    static final String SCRAPER = "METRICS_SCRAPER";
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    MetricsTokenFilter(String token) {
        this.token = token == null ? new byte[0] : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            if (!matches(header.substring(BEARER.length()).strip())) {
                response.setHeader("WWW-Authenticate", "Bearer");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(
                            "prometheus", null, List.of(new SimpleGrantedAuthority(SCRAPER))));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private boolean matches(String given) {
        return token.length > 0
                && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }
}
