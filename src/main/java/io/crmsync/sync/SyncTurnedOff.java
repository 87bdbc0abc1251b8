package io.crmsync.sync;

/** An action refused because its object does not sync: its toggle is off. */
public class SyncTurnedOff extends RuntimeException {

    private final SyncObject object;

    public SyncTurnedOff(SyncObject object) {
        super(
                "%s sync is off: turn it on in the %s settings first."
                        .formatted(capitalised(object.singular()), object.label()));
        this.object = object;
    }

    public SyncObject object() {
        return object;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
