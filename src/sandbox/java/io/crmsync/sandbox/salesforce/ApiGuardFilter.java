package io.crmsync.sandbox.salesforce;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /services/data/vNN.0/...} as Salesforce does: an unknown API version is a 404, a
 * missing or expired token a 401, an exhausted daily allocation or too many concurrent requests a
 * 403; every counted request carries {@code Sforce-Limit-Info}. The version list {@code
 * /services/data} is neither authenticated nor counted.
 */
@Component("salesforceApiGuardFilter")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiGuardFilter extends OncePerRequestFilter {

    private static final Pattern VERSIONED =
            Pattern.compile(SalesforcePaths.ROOT + "/services/data/v(\\d+)\\.(\\d+)(/.*)?");
    private static final Pattern CLIENT = Pattern.compile("client=([^,;]+)");

    private final TokenService tokens;
    private final UsageMeter usage;
    private final SettingsHolder settings;
    private final ErrorWriter errors;
    private final AtomicInteger inFlight = new AtomicInteger();

    ApiGuardFilter(
            TokenService tokens, UsageMeter usage, SettingsHolder settings, ErrorWriter errors) {
        this.tokens = tokens;
        this.usage = usage;
        this.settings = settings;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith(SalesforcePaths.ROOT + "/services/data/");
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher versioned = VERSIONED.matcher(path(request));
        if (!versioned.matches()) {
            chain.doFilter(request, response);
            return;
        }
        if (Integer.parseInt(versioned.group(1)) < 31 || !versioned.group(2).equals("0")) {
            errors.write(response, SfApiException.notFound());
            return;
        }
        var session = tokens.authenticate(token(request.getHeader("Authorization")));
        if (session.isEmpty()) {
            errors.write(
                    response,
                    new SfApiException(
                            401,
                            SfError.withoutFields(
                                    "INVALID_SESSION_ID", "Session expired or invalid")));
            return;
        }
        SalesforceSettings current = settings.get();
        if (usage.used() >= current.dailyApiLimit()) {
            limitHeader(response, usage.used(), current);
            errors.write(
                    response,
                    new SfApiException(
                            403,
                            SfError.withoutFields(
                                    "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")));
            return;
        }
        limitHeader(response, usage.record(), current);
        if (inFlight.incrementAndGet() > current.concurrentLimit()) {
            inFlight.decrementAndGet();
            errors.write(
                    response,
                    new SfApiException(
                            403,
                            SfError.withoutFields(
                                    "REQUEST_LIMIT_EXCEEDED",
                                    "ConcurrentRequests (Concurrent API Requests) Limit"
                                            + " exceeded.")));
            return;
        }
        try {
            request.setAttribute(SalesforcePaths.SESSION_ATTRIBUTE, session.get());
            String options = request.getHeader("Sforce-Call-Options");
            Matcher client = CLIENT.matcher(options == null ? "" : options);
            if (client.find()) {
                request.setAttribute(SalesforcePaths.CLIENT_ATTRIBUTE, client.group(1).trim());
            }
            chain.doFilter(request, response);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void limitHeader(
            HttpServletResponse response, long used, SalesforceSettings current) {
        response.setHeader(
                "Sforce-Limit-Info", "api-usage=" + used + "/" + current.dailyApiLimit());
    }

    private static String token(String authorization) {
        if (authorization == null) {
            return null;
        }
        for (String scheme : new String[] {"Bearer ", "OAuth "}) {
            if (authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return authorization.substring(scheme.length()).trim();
            }
        }
        return null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
