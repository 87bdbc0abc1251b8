package io.crmsync.sync;

import java.util.List;

/**
 * The records associated with a record on either side, linked ones first.
 *
 * @param shown at most a page of them
 * @param more how many more there are
 */
public record RecordAssociations(List<RecordAssociation> shown, int more) {

    public static final RecordAssociations NONE = new RecordAssociations(List.of(), 0);

    public RecordAssociations {
        shown = List.copyOf(shown);
    }

    public boolean isEmpty() {
        return shown.isEmpty();
    }
}
