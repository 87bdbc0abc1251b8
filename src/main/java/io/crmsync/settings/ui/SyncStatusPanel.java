package io.crmsync.settings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.crmsync.base.ui.Plural;
import io.crmsync.base.ui.UserTime;
import io.crmsync.sync.SyncControlService;
import io.crmsync.sync.SyncProgress;
import io.crmsync.sync.SyncStatus;
import io.crmsync.sync.SyncSuspension;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The sync at a glance, kept current by server push: the latest initial sync or resync with its
 * progress, rate and estimated finish, what is queued, linked and failing, and a suspension.
 */
class SyncStatusPanel extends Div {

    private static final ScheduledExecutorService TICKS =
            Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());

    private final SyncControlService sync;
    private final Span state = new Span();
    private final Div counts = new Div();
    private final Div progressText = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Div suspended = new Div();
    private final Div held = new Div();
    private final Button resync = new Button("Resync contacts");
    private ScheduledFuture<?> ticking;

    SyncStatusPanel(SyncControlService sync, boolean canChange) {
        this.sync = sync;
        addClassNames("card", "sync-status");
        suspended.addClassName("error-text");
        resync.setEnabled(canChange);
        resync.addClickListener(
                click -> {
                    ContactResync.start(sync);
                    refresh();
                });
        HorizontalLayout head = new HorizontalLayout(new H3("Sync status"), state, resync);
        head.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        progress.setWidthFull();
        held.addClassName("warning-text");
        add(head, suspended, held, progress, progressText, counts);
        refresh();
    }

    void refresh() {
        render(sync.status());
    }

    void render(SyncStatus status) {
        SyncSuspension suspension = status.suspension();
        suspended.setVisible(suspension != null);
        if (suspension != null) {
            suspended.setText(
                    "Suspended since "
                            + UserTime.format(suspension.since())
                            + " by "
                            + suspension.system().label()
                            + ": "
                            + suspension.message()
                            + (suspension.resumeAt() == null
                                    ? " An Admin can clear the suspension on Sync Health."
                                    : " It tries again at "
                                            + UserTime.format(suspension.resumeAt())
                                            + "."));
        }
        state.setText(
                !status.enabled()
                        ? "Not running on this server"
                        : suspension != null ? "Suspended" : "Running");
        state.getElement().getThemeList().set("badge", true);
        counts.setText(
                String.format(
                        Locale.ROOT,
                        "%s linked · %,d waiting to sync · %s with errors",
                        Plural.of(status.linked(), "contact", "contacts"),
                        status.queued(),
                        Plural.of(status.errors(), "record", "records")));
        SyncProgress run = status.backfill();
        held.setVisible(status.held() != null && run != null && !run.finished());
        held.setText(status.held() == null ? "" : "Waiting for the API budget: " + status.held());
        progress.setVisible(run != null);
        if (run == null) {
            progressText.setText("No initial sync has run yet.");
            return;
        }
        progress.setValue(run.fraction());
        String kind = "INITIAL".equals(run.kind()) ? "Initial sync" : "Resync";
        if (run.finished()) {
            progressText.setText(
                    String.format(
                            Locale.ROOT,
                            "%s finished %s: %s, %,d with errors.",
                            kind,
                            UserTime.format(run.finishedAt()),
                            Plural.of(run.done(), "record", "records"),
                            run.failed()));
        } else {
            progressText.setText(
                    String.format(
                                    Locale.ROOT,
                                    "%s started %s: %,d of %,d records done, %.0f per second",
                                    kind,
                                    UserTime.format(run.startedAt()),
                                    run.done(),
                                    run.total(),
                                    run.perSecond())
                            + (run.estimatedFinish() == null
                                    ? "."
                                    : ", done by about "
                                            + UserTime.format(run.estimatedFinish())
                                            + "."));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        ticking =
                TICKS.scheduleWithFixedDelay(
                        () -> {
                            org.springframework.security.core.context.SecurityContextHolder
                                    .setContext(context);
                            try {
                                SyncStatus status = sync.status();
                                ui.access(() -> render(status));
                            } catch (RuntimeException stopped) {
                                // The session ended or the UI detached; the next detach stops us.
                            } finally {
                                org.springframework.security.core.context.SecurityContextHolder
                                        .clearContext();
                            }
                        },
                        2,
                        2,
                        TimeUnit.SECONDS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }
}
