package io.crmsync.sync;

/**
 * A record named in a list (a search's matches, a record's associations): which it is and whether
 * crmsync links its two sides.
 *
 * @param label its name, or its name and email; null when it was not read
 */
public record RecordSummary(RecordRef ref, String label, boolean linked) {

    /** The label, or the object and ids when there is none. */
    public String name() {
        if (label != null) {
            return label;
        }
        return ref.object().singular() + " " + ref.id();
    }
}
