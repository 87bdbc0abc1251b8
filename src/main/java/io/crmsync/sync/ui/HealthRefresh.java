package io.crmsync.sync.ui;

import com.vaadin.flow.component.UI;
import io.crmsync.sync.ErrorCard;
import io.crmsync.sync.HealthSuspension;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Re-reads the error cards and the suspension every few seconds, as the signed-in user, outside the
 * UI lock, and pushes them to the open page. Stops when the page is detached.
 */
final class HealthRefresh {

    static final long SECONDS = 5;
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("sync-health-refresh").factory());

    private final Supplier<List<ErrorCard>> cards;
    private final Supplier<Optional<HealthSuspension>> suspension;
    private final BiConsumer<List<ErrorCard>, Optional<HealthSuspension>> show;
    private ScheduledFuture<?> task;

    HealthRefresh(
            Supplier<List<ErrorCard>> cards,
            Supplier<Optional<HealthSuspension>> suspension,
            BiConsumer<List<ErrorCard>, Optional<HealthSuspension>> show) {
        this.cards = cards;
        this.suspension = suspension;
        this.show = show;
    }

    void start(UI ui) {
        stop();
        SecurityContext user = SecurityContextHolder.getContext();
        task =
                TIMER.scheduleWithFixedDelay(
                        () -> tick(ui, user), SECONDS, SECONDS, TimeUnit.SECONDS);
    }

    void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private void tick(UI ui, SecurityContext user) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(user);
            List<ErrorCard> counts = cards.get();
            Optional<HealthSuspension> now = suspension.get();
            ui.access(() -> show.accept(counts, now));
        } catch (RuntimeException stale) {
            // the session ended or the database is away: the next tick tries again
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
