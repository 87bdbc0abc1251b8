package io.crmsync.health;

import io.crmsync.health.internal.ErrorQueries;
import io.crmsync.health.internal.GaugeQueries;
import io.crmsync.sync.QueueBacklog;
import io.crmsync.sync.SyncSuspension;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sync's state for monitoring, read by the system rather than by a person: the work queue, the
 * open errors per type and the suspension. Each call reads the database; callers cache.
 */
@Component
public class SyncGauges {

    private final GaugeQueries gauges;
    private final ErrorQueries errors;

    SyncGauges(GaugeQueries gauges, ErrorQueries errors) {
        this.gauges = gauges;
        this.errors = errors;
    }

    public List<QueueBacklog> queue() {
        return gauges.queue();
    }

    /** A card for every error type, zero when it has none. */
    public List<ErrorCard> openErrors() {
        return errors.cards();
    }

    public Optional<SyncSuspension> suspension() {
        return gauges.suspension();
    }
}
