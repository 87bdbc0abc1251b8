package io.crmsync.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address, kept in memory on each node. An address that fails too often
 * is refused for a while before its attempts reach any account, so that a guesser is slowed down
 * without locking the real user out (see docs/adr/020-sign-in-throttle.md).
 */
@Component
@EnableConfigurationProperties(ThrottleProperties.class)
class SignInThrottle {

    /** Bounds the memory a flood of addresses can take; the oldest are forgotten first. */
    static final int MAX_ADDRESSES = 10_000;

    private final ThrottleProperties limits;
    private final Clock clock;
    private final Map<String, Address> addresses = new ConcurrentHashMap<>();

    SignInThrottle(ThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Until when {@code address} is refused, if it is. */
    Optional<Instant> refusedUntil(String address) {
        Address state = addresses.get(address);
        return state == null ? Optional.empty() : state.refusedUntil(clock.instant());
    }

    /** Counts a failure; true when it starts a refusal. */
    boolean recordFailure(String address) {
        if (addresses.size() >= MAX_ADDRESSES) {
            forgetIdle();
        }
        return addresses.computeIfAbsent(address, key -> new Address()).fail(clock.instant());
    }

    private void forgetIdle() {
        Instant now = clock.instant();
        addresses.values().removeIf(state -> state.idleAt(now));
        if (addresses.size() >= MAX_ADDRESSES) {
            addresses.clear();
        }
    }

    private final class Address {

        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant refusedUntil = Instant.MIN;

        synchronized boolean fail(Instant now) {
            dropOlderThanWindow(now);
            failures.addLast(now);
            if (failures.size() >= limits.maxFailures() && !now.isBefore(refusedUntil)) {
                refusedUntil = now.plus(limits.block());
                failures.clear();
                return true;
            }
            return false;
        }

        synchronized Optional<Instant> refusedUntil(Instant now) {
            return now.isBefore(refusedUntil) ? Optional.of(refusedUntil) : Optional.empty();
        }

        synchronized boolean idleAt(Instant now) {
            dropOlderThanWindow(now);
            return failures.isEmpty() && !now.isBefore(refusedUntil);
        }

        private void dropOlderThanWindow(Instant now) {
            Instant start = now.minus(limits.window());
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(start)) {
                failures.removeFirst();
            }
        }
    }
}
