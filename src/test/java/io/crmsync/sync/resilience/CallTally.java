package io.crmsync.sync.resilience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * API calls a node made, keyed "SYSTEM operation object status" as {@link CallCounter} prints them
 * in the node's log: at the end ({@code NODE-CALLS}) or as it went ({@code NODE-CALLS-AT}).
 */
record CallTally(Map<String, Long> counts) {

    static final CallTally NONE = new CallTally(Map.of());

    /** Parses a printed map, {@code {HUBSPOT search contacts 200=3, ...}}. */
    static CallTally parse(String printed) {
        Map<String, Long> counts = new TreeMap<>();
        String body = printed.strip();
        body = body.substring(1, body.length() - 1);
        if (!body.isBlank()) {
            for (String entry : body.split(", ")) {
                int eq = entry.lastIndexOf('=');
                counts.put(entry.substring(0, eq), Long.parseLong(entry.substring(eq + 1)));
            }
        }
        return new CallTally(counts);
    }

    /** The calls the node printed when it stopped. */
    static CallTally atStop(Path log) throws IOException {
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("NODE-CALLS ")) {
                return parse(line.substring("NODE-CALLS ".length()));
            }
        }
        throw new IllegalStateException("no NODE-CALLS line in " + log);
    }

    /** The last of the calls the node printed as it went at or before {@code epochMillis}. */
    static CallTally printedBy(Path log, long epochMillis) throws IOException {
        CallTally last = NONE;
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("NODE-CALLS-AT ")) {
                String[] parts = line.split(" ", 3);
                if (Long.parseLong(parts[1]) > epochMillis) {
                    break;
                }
                last = parse(parts[2]);
            }
        }
        return last;
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Calls answered with anything but 2xx, or not answered at all (status 0). */
    long failed() {
        return counts.entrySet().stream()
                .filter(e -> !status(e.getKey()).startsWith("2"))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** The calls by "SYSTEM operation object", over all statuses. */
    Map<String, Long> byOperation() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((key, n) -> out.merge(key.substring(0, key.lastIndexOf(' ')), n, Long::sum));
        return out;
    }

    /** The failed calls by key, with their status. */
    Map<String, Long> failures() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach(
                (key, n) -> {
                    if (!status(key).startsWith("2")) {
                        out.put(key, n);
                    }
                });
        return out;
    }

    private static String status(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }
}
