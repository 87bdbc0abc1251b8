package io.crmsync.sync.resilience;

import io.crmsync.spi.ApiCall;
import io.crmsync.spi.ApiCallObserver;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the API calls one app node makes, by system, operation, object and HTTP status. Registered
 * as a source of the node's context, not by component scanning, so that other test contexts do not
 * pick it up.
 */
public class CallCounter implements ApiCallObserver {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    @Override
    public void onCall(ApiCall call) {
        counts.computeIfAbsent(key(call), k -> new AtomicLong()).incrementAndGet();
    }

    private static String key(ApiCall call) {
        String object = call.objectType() == null ? "-" : call.objectType();
        return call.system().name() + " " + call.operation() + " " + object + " " + call.status();
    }

    /** The counts so far, sorted by key ("SYSTEM operation object status"). */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public long total(String systemAndOperationPrefix) {
        return counts.entrySet().stream()
                .filter(e -> e.getKey().startsWith(systemAndOperationPrefix))
                .mapToLong(e -> e.getValue().get())
                .sum();
    }

    public void reset() {
        counts.clear();
    }
}
