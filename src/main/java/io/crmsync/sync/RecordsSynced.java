package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;
import java.time.Duration;
import java.util.List;

/**
 * A batch wrote {@code records} records of {@code objectType} from {@code source} to its other
 * side, and its transaction committed. {@code lags} holds, for each written record that carried a
 * change (not an initial sync's or a resync's copy of an older record), the time from the change in
 * the source CRM to the write, as Sync Health's lag gauge counts it.
 */
public record RecordsSynced(
        ExternalSystem source, String objectType, int records, List<Duration> lags) {

    public RecordsSynced {
        lags = List.copyOf(lags);
    }

    public ExternalSystem target() {
        return source.other();
    }
}
