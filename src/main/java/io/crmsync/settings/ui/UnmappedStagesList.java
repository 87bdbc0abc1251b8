package io.crmsync.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Salesforce stages with no mapping the sync would use, each with an "Add mapping" action that
 * opens the editor on it: their opportunities, and deals coming back at them, would fail to sync.
 */
class UnmappedStagesList extends Composite<VerticalLayout> {

    final Paragraph summary = new Paragraph();
    final UnorderedList items = new UnorderedList();

    private final boolean canChange;
    private final Consumer<UnmappedStage> add;

    UnmappedStagesList(boolean canChange, Consumer<UnmappedStage> add) {
        this.canChange = canChange;
        this.add = add;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        root.addClassName("unmapped-stages");
        root.add(new H3("Unmapped stages"), summary, items);
    }

    void show(List<UnmappedStage> unmapped) {
        items.removeAll();
        items.setVisible(!unmapped.isEmpty());
        summary.removeClassName("warning-text");
        if (unmapped.isEmpty()) {
            summary.setText("Every Salesforce stage of every record type has a mapping.");
            return;
        }
        summary.addClassName("warning-text");
        summary.setText(
                "An opportunity at one of these stages, or a deal coming back at one, fails to"
                        + " sync with an error until the stage is mapped:");
        for (UnmappedStage stage : unmapped) {
            Button map = new Button("Add mapping");
            map.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            map.setEnabled(canChange);
            map.addClickListener(click -> add.accept(stage));
            items.add(
                    new ListItem(
                            new Span(
                                    stage.recordType().label()
                                            + ": "
                                            + StageLabels.caption(stage.stage())
                                            + " "),
                            map));
        }
    }

    /** When the stages could not be read, nothing can be said about them. */
    void unknown() {
        items.removeAll();
        items.setVisible(false);
        summary.removeClassName("warning-text");
        summary.setText("Which stages have no mapping shows once Salesforce's stages can be read.");
    }
}
