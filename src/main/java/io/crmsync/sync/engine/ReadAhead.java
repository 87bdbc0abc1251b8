package io.crmsync.sync.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The streams whose poll on this node has more pages to read. While one does, its workers take only
 * full batches: a worker that took the part of a page already queued would split every later page
 * into two writes (and two email-matching queries, and two company lookups).
 */
@Component
class ReadAhead {

    /** How long a page with more behind it holds partial batches, if no next page comes. */
    static final Duration HOLD = Duration.ofSeconds(10);

    private final Map<String, Instant> until = new ConcurrentHashMap<>();

    void more(String streamKey, Instant now) {
        until.put(streamKey, now.plus(HOLD));
    }

    void done(String streamKey) {
        until.remove(streamKey);
    }

    boolean coming(String streamKey, Instant now) {
        Instant end = until.get(streamKey);
        return end != null && now.isBefore(end);
    }
}
