package io.crmsync.sandbox.hubspot;

import java.time.Duration;
import org.springframework.stereotype.Service;

/**
 * The HubSpot sandbox's controls for people and tests: what a user does in HubSpot's own UI
 * (changes recorded with change source {@code CRM_UI}, not counted as API use) and the simulator's
 * settings. Every method takes effect at once; the same operations are served over HTTP under
 * {@code /sandbox/hubspot/_admin} for tests and benchmarks.
 */
@Service
public class HubSpotSandbox {

    private final Tokens tokens;
    private final LiveSettings settings;
    private final RateLimiter limiter;
    private final SandboxClock clock;
    private final ObjectStore store;

    HubSpotSandbox(
            Tokens tokens,
            LiveSettings settings,
            RateLimiter limiter,
            SandboxClock clock,
            ObjectStore store) {
        this.tokens = tokens;
        this.settings = settings;
        this.limiter = limiter;
        this.clock = clock;
        this.store = store;
    }

    /** A new private-app token with its own limits ({@code null}: the sandbox's defaults). */
    public String issuePrivateAppToken(RateLimits limits) {
        return tokens.issuePrivateAppToken(limits);
    }

    /** Sets one token's limits. */
    public void setTokenLimits(String token, RateLimits limits) {
        tokens.setLimits(token, limits);
    }

    public RateLimits defaultRateLimits() {
        return settings.defaultLimits();
    }

    /** Sets the limits of every token that has none of its own. */
    public void setDefaultRateLimits(RateLimits limits) {
        settings.defaultLimits(limits);
    }

    /** Forgets all counted requests, as at the start of a new day. */
    public void resetUsage() {
        limiter.reset();
    }

    public int dailyUsage() {
        return limiter.dailyUsed();
    }

    public Duration searchVisibilityDelay() {
        return settings.searchVisibilityDelay();
    }

    /** How long a change takes to become visible to search (HubSpot's eventual consistency). */
    public void setSearchVisibilityDelay(Duration delay) {
        settings.searchVisibilityDelay(delay);
    }

    /** Whether backward lifecycle-stage writes are ignored (HubSpot's default) or applied. */
    public void setLifecycleBackwardIgnored(boolean ignored) {
        settings.lifecycleBackwardIgnored(ignored);
    }

    /** Moves the sandbox's clock forward: tokens expire and limit windows roll without waiting. */
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    /** Writes every pending change to the database now. */
    public void flush() {
        store.flush();
    }
}
