package io.crmsync.sandbox.hubspot;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The settings that the admin API changes at run time; they start from {@link HubSpotProperties}.
 */
@Component
class LiveSettings {

    private volatile Duration searchVisibilityDelay;
    private volatile RateLimits defaultLimits;
    private volatile boolean lifecycleBackwardIgnored = true;

    LiveSettings(HubSpotProperties properties) {
        this.searchVisibilityDelay = properties.searchVisibilityDelay();
        this.defaultLimits =
                new RateLimits(
                        properties.burstLimit(),
                        properties.dailyLimit(),
                        properties.searchPerSecond());
    }

    Duration searchVisibilityDelay() {
        return searchVisibilityDelay;
    }

    void searchVisibilityDelay(Duration delay) {
        this.searchVisibilityDelay = delay.isNegative() ? Duration.ZERO : delay;
    }

    RateLimits defaultLimits() {
        return defaultLimits;
    }

    void defaultLimits(RateLimits limits) {
        this.defaultLimits = limits;
    }

    boolean lifecycleBackwardIgnored() {
        return lifecycleBackwardIgnored;
    }

    void lifecycleBackwardIgnored(boolean ignored) {
        this.lifecycleBackwardIgnored = ignored;
    }
}
