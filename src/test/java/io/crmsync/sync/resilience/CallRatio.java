package io.crmsync.sync.resilience;

import java.util.List;
import java.util.Map;

/**
 * Every API call a node made in one direction's backfill against the fewest that backfill could
 * take: the source's reads plus the target's writes at the APIs' batch sizes. Prints the ratio, the
 * failed calls, and each operation's calls during the sync and after it (reading the node's own
 * writes back until the streams are quiet), next to its share of the minimum.
 */
final class CallRatio {

    /**
     * Calls that the minimum allows to some operations ("SYSTEM operation object", such as a
     * query's first page and the pages after it), and why.
     */
    record Part(List<String> operations, long calls, String what) {}

    private CallRatio() {}

    /**
     * Prints the figures for {@code direction}; {@code extra} are calls outside the minimum that a
     * second ratio counts as needed too (matching by email, writes the mapping rules call for), or
     * empty.
     */
    static double print(
            String direction,
            List<Part> minimum,
            List<Part> extra,
            CallTally duringSync,
            CallTally all) {
        long least = minimum.stream().mapToLong(Part::calls).sum();
        double ratio = (double) all.total() / least;
        System.out.printf(
                "BENCH %s calls: %,d made, %,d failed (non-2xx or no answer); minimum %,d (%s);"
                        + " all calls / minimum = %.2fx%n",
                direction, all.total(), all.failed(), least, describe(minimum), ratio);
        if (!extra.isEmpty()) {
            long withExtra = least + extra.stream().mapToLong(Part::calls).sum();
            System.out.printf(
                    "BENCH %s calls: with %s counted as needed, minimum %,d; all calls / minimum ="
                            + " %.2fx%n",
                    direction, describe(extra), withExtra, (double) all.total() / withExtra);
        }
        Map<String, Long> made = all.byOperation();
        for (Part part : minimum) {
            long calls = part.operations().stream().mapToLong(o -> made.getOrDefault(o, 0L)).sum();
            System.out.printf(
                    "BENCH %s minimum %,d %s: made %,d (%s), beyond the minimum %,d%n",
                    direction,
                    part.calls(),
                    part.what(),
                    calls,
                    String.join(" + ", part.operations()),
                    calls - part.calls());
        }
        Map<String, Long> during = duringSync.byOperation();
        System.out.printf(
                "BENCH %s calls by operation: during the sync (start to the last link and an"
                        + " empty queue) + after (own writes read back until quiet, stop) ="
                        + " total%n",
                direction);
        made.forEach(
                (operation, total) -> {
                    long before = during.getOrDefault(operation, 0L);
                    System.out.printf(
                            "BENCH %s   %-40s %,7d + %,7d = %,7d%n",
                            direction, operation, before, total - before, total);
                });
        System.out.printf("BENCH %s failed calls: %s%n", direction, all.failures());
        return ratio;
    }

    private static String describe(List<Part> parts) {
        return String.join(
                " + ",
                parts.stream().map(p -> String.format("%,d %s", p.calls(), p.what())).toList());
    }
}
