package io.crmsync.health.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Re-reads the page's figures (error cards, suspension, API budget, sync pace) every few seconds,
 * as the signed-in user, outside the UI lock, and pushes them to the open page. Stops when the page
 * is detached.
 */
final class HealthRefresh<T> {

    static final long SECONDS = 5;
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("sync-health-refresh").factory());

    private final Supplier<T> read;
    private final Consumer<T> show;
    private ScheduledFuture<?> task;
    private UI ui;
    private SecurityContext user;

    HealthRefresh(Supplier<T> read, Consumer<T> show) {
        this.read = read;
        this.show = show;
    }

    void start(UI ui) {
        stop();
        this.ui = ui;
        this.user = SecurityContextHolder.getContext();
        task = TIMER.scheduleWithFixedDelay(this::tick, SECONDS, SECONDS, TimeUnit.SECONDS);
    }

    void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    /** One refresh, as the timer runs it: read as the user, then show by push. */
    void tick() {
        UI target = ui;
        if (target == null) {
            return;
        }
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(user);
            T figures = read.get();
            target.access(() -> show.accept(figures));
        } catch (RuntimeException stale) {
            // the session ended or the database is away: the next tick tries again
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
