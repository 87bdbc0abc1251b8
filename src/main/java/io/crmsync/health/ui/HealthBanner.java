package io.crmsync.health.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.UserTime;
import io.crmsync.health.SyncHealthService;
import io.crmsync.sync.SyncSuspension;
import java.util.Optional;

/** S5: the banner of a suspended sync, naming its cause and fix, with Clear Suspension. */
class HealthBanner extends Composite<Div> {

    final Span title = new Span();
    final Paragraph details = new Paragraph();
    final Paragraph fix = new Paragraph();
    final Button clear = new Button("Clear Suspension");

    private final SyncHealthService health;
    private final Runnable changed;

    HealthBanner(SyncHealthService health, boolean admin, Runnable changed) {
        this.health = health;
        this.changed = changed;
        Div root = getContent();
        root.addClassName("health-suspension");
        root.getElement().setAttribute("role", "alert");
        root.getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("color", "var(--lumo-error-text-color)");
        title.getStyle().set("font-weight", "600");
        clear.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        clear.setEnabled(admin);
        if (!admin) {
            clear.setTooltipText("Only an Admin can clear a suspension.");
        }
        clear.addClickListener(click -> clear());
        root.add(title, details, fix, clear);
        root.setVisible(false);
    }

    void show(Optional<SyncSuspension> suspension) {
        getContent().setVisible(suspension.isPresent());
        suspension.ifPresent(
                s -> {
                    title.setText(
                            "The sync is suspended: "
                                    + s.advice().explanation()
                                    + " ("
                                    + s.system().label()
                                    + ", "
                                    + s.code()
                                    + ")");
                    details.setText(
                            s.message()
                                    + " Since "
                                    + UserTime.format(s.since())
                                    + (s.resumeAt() == null
                                            ? "."
                                            : "; resumes by itself "
                                                    + UserTime.format(s.resumeAt())
                                                    + "."));
                    fix.setText("Fix: " + s.advice().fix());
                });
    }

    private void clear() {
        if (health.clearSuspension()) {
            Notifications.success("Suspension cleared; the sync resumes.");
        }
        changed.run();
    }
}
