package io.crmsync.security;

import io.crmsync.security.internal.AuditEventStore;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where every module records who changed what. An entry joins the caller's transaction, so that a
 * change and its audit entry are committed, or rolled back, together.
 */
@Component
public class AuditLog {

    public static final String SYSTEM = "system";

    private final AuditEventStore store;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditEventStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** Records a change made by the signed-in user (or the system, when nobody is signed in). */
    public void change(
            AuditAction action, String target, Map<String, ?> before, Map<String, ?> after) {
        store.append(
                clock.instant(),
                currentActor(),
                action.name(),
                target,
                toJson(before),
                toJson(after),
                null);
    }

    /**
     * Records an event that is not a state change, such as a sign-in, on behalf of {@code actor}.
     */
    public void event(String actor, AuditAction action, String target, String details) {
        store.append(
                clock.instant(),
                truncate(actor, 64),
                action.name(),
                target,
                null,
                null,
                truncate(details, 1000));
    }

    static String currentActor() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getName)
                .filter(name -> !"anonymousUser".equals(name))
                .orElse(SYSTEM);
    }

    private String toJson(Map<String, ?> state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
