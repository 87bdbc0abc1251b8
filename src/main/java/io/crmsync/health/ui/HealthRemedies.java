package io.crmsync.health.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.crmsync.health.ErrorGroup;
import io.crmsync.health.ErrorRemedy;
import io.crmsync.health.SyncHealthService;
import java.util.Set;

/**
 * B6: the one-click remedies of the chosen group. Each button shows only where its remedy fits the
 * group, and only to Editors and Admins; the service checks both again.
 */
class HealthRemedies extends Composite<HorizontalLayout> {

    final Button translate = new Button("Add value translation…");
    final Button truncate = new Button("Truncate to the field's length…");
    final Button useDefault = new Button("Use a default value…");
    final Button skip = new Button("Skip the field for these records…");

    private final SyncHealthService health;
    private final boolean editor;
    private final Runnable done;
    private ErrorGroup group;

    HealthRemedies(SyncHealthService health, boolean editor, Runnable done) {
        this.health = health;
        this.editor = editor;
        this.done = done;
        translate.addClickListener(click -> new HealthTranslateDialog(health, group, done).open());
        truncate.addClickListener(click -> new HealthTruncateDialog(health, group, done).open());
        useDefault.addClickListener(click -> new HealthDefaultDialog(health, group, done).open());
        skip.addClickListener(click -> new HealthSkipDialog(health, group, done).open());
        getContent().add(translate, truncate, useDefault, skip);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setWrap(true);
        getContent().setWidthFull();
        getContent().addClassName("health-remedies");
        show(null);
    }

    /** Shows the remedies that fit {@code chosen}; none without a group or for a Viewer. */
    void show(ErrorGroup chosen) {
        group = chosen;
        Set<ErrorRemedy> fitting = chosen == null || !editor ? Set.of() : health.remedies(chosen);
        offer(translate, fitting.contains(ErrorRemedy.TRANSLATE));
        offer(truncate, fitting.contains(ErrorRemedy.TRUNCATE));
        offer(useDefault, fitting.contains(ErrorRemedy.DEFAULT_VALUE));
        offer(skip, fitting.contains(ErrorRemedy.SKIP_FIELD));
    }

    private static void offer(Button button, boolean fits) {
        button.setVisible(fits);
        button.setEnabled(fits);
    }
}
