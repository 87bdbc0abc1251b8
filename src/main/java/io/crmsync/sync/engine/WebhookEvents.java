package io.crmsync.sync.engine;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The HubSpot webhook events already received, in the database so that every node agrees. HubSpot
 * does not promise that an event id alone is unique, so an event is known by its portal,
 * subscription, event id, object and time: what a replay or a retried delivery repeats.
 */
@Component
class WebhookEvents {

    /**
     * A request is accepted up to 5 minutes either side of its signed timestamp, so its replay can
     * come up to 10 minutes after its first delivery.
     */
    static final Duration KEPT = Duration.ofMinutes(10);

    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(WebhookEvents.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> purged = new AtomicReference<>(Instant.MIN);

    WebhookEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The event's identity, or null when it carries no event id and cannot be told apart. */
    static String key(JsonNode event) {
        if (!event.hasNonNull("eventId")) {
            return null;
        }
        return String.join(
                ":",
                event.path("portalId").asString(""),
                event.path("subscriptionId").asString(""),
                event.get("eventId").asString(),
                event.path("objectId").asString(""),
                event.path("occurredAt").asString(""));
    }

    /** Records the event; true when no node received it before. Joins the caller's transaction. */
    boolean firstSeen(String key, Instant now) {
        return jdbc.sql("INSERT IGNORE INTO webhook_event (event_key, received_at) VALUES (?, ?)")
                        .param(key.length() > 190 ? key.substring(0, 190) : key)
                        .param(Timestamp.from(now))
                        .update()
                > 0;
    }

    /** Forgets events older than {@link #KEPT}, at most once a minute on each node. */
    void forgetOld() {
        Instant now = clock.instant();
        Instant last = purged.get();
        if (now.isBefore(last.plus(PURGE_EVERY)) || !purged.compareAndSet(last, now)) {
            return;
        }
        try {
            jdbc.sql("DELETE FROM webhook_event WHERE received_at < ?")
                    .param(Timestamp.from(now.minus(KEPT)))
                    .update();
        } catch (DataAccessException e) {
            // Another node may be deleting the same rows; the next purge catches up.
            log.debug("Could not forget old webhook events", e);
        }
    }
}
