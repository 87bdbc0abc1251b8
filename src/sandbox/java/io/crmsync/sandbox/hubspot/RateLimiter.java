package io.crmsync.sandbox.hubspot;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * HubSpot's limits: a rolling ten-second window per token, a per-second search window per token and
 * a daily count for the portal that restarts at midnight UTC.
 */
@Component
class RateLimiter {

    static final long WINDOW_MILLIS = 10_000;
    private static final long DAY_MILLIS = 86_400_000;

    /** The outcome of one request: refused with a policy, or allowed, with the counts after it. */
    record Decision(
            String refusedPolicy,
            long retryAfterMillis,
            int max,
            int remaining,
            int secondly,
            int secondlyRemaining,
            int daily,
            int dailyRemaining) {}

    private final SandboxClock clock;
    private final Map<String, Deque<Long>> bursts = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> searches = new ConcurrentHashMap<>();
    private long day;
    private int dailyUsed;

    private long lastReal = System.nanoTime() / 1_000_000;
    private long lastWindow = Long.MIN_VALUE;

    RateLimiter(SandboxClock clock) {
        this.clock = clock;
    }

    /**
     * The time the per-second and per-ten-seconds windows run on: the sandbox's clock, which tests
     * may hold still or move forward, and never slower than real time, as HubSpot's windows pass in
     * real seconds whatever a test does with the clock.
     */
    private long windowNow() {
        long real = System.nanoTime() / 1_000_000;
        long sandbox = clock.millis();
        long next =
                lastWindow == Long.MIN_VALUE
                        ? sandbox
                        : Math.max(sandbox, lastWindow + (real - lastReal));
        lastReal = real;
        lastWindow = next;
        return next;
    }

    synchronized Decision acquire(String token, RateLimits limits, boolean search) {
        long today = clock.millis();
        if (today / DAY_MILLIS != day) {
            day = today / DAY_MILLIS;
            dailyUsed = 0;
        }
        long now = windowNow();
        Deque<Long> burst = window(bursts, token, now, WINDOW_MILLIS);
        Deque<Long> perSecond = window(searches, token, now, 1000);
        int secondly = Math.max(1, limits.perTenSeconds() / 10);
        int lastSecond = (int) burst.stream().filter(t -> t > now - 1000).count();
        String refused = null;
        long retryAfter = 0;
        if (dailyUsed >= limits.daily()) {
            refused = "DAILY";
            retryAfter = (day + 1) * DAY_MILLIS - today;
        } else if (search && perSecond.size() >= limits.searchPerSecond()) {
            refused = "SECONDLY";
            retryAfter = perSecond.peekFirst() + 1000 - now;
        } else if (!search && burst.size() >= limits.perTenSeconds()) {
            refused = "TEN_SECONDLY_ROLLING";
            retryAfter = burst.peekFirst() + WINDOW_MILLIS - now;
        } else {
            dailyUsed++;
            (search ? perSecond : burst).addLast(now);
            if (!search) {
                lastSecond++;
            }
        }
        return new Decision(
                refused,
                Math.max(retryAfter, 0),
                limits.perTenSeconds(),
                Math.max(0, limits.perTenSeconds() - burst.size()),
                secondly,
                Math.max(0, secondly - lastSecond),
                limits.daily(),
                Math.max(0, limits.daily() - dailyUsed));
    }

    synchronized void reset() {
        bursts.clear();
        searches.clear();
        dailyUsed = 0;
    }

    synchronized int dailyUsed() {
        return dailyUsed;
    }

    private static Deque<Long> window(
            Map<String, Deque<Long>> windows, String token, long now, long length) {
        Deque<Long> window = windows.computeIfAbsent(token, t -> new ArrayDeque<>());
        while (!window.isEmpty() && window.peekFirst() <= now - length) {
            window.pollFirst();
        }
        return window;
    }
}
