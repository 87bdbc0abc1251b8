package io.crmsync.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.crmsync.settings.SettingChange;
import java.util.List;

/** What one settings version changed, field by field: old → new. */
class SettingsVersionDiff extends Composite<Div> {

    final List<SettingChange> changes;

    SettingsVersionDiff(List<SettingChange> changes) {
        this.changes = changes;
        Div root = getContent();
        root.addClassName("audit-diff");
        if (changes.isEmpty()) {
            root.add(new Span("Nothing changed in this version."));
        }
        for (SettingChange change : changes) {
            Span setting = new Span(change.setting());
            setting.addClassName("diff-field");
            Span before = new Span(change.before() == null ? "(none)" : change.before());
            before.addClassName("diff-before");
            Span after = new Span(change.after() == null ? "(removed)" : change.after());
            after.addClassName("diff-after");
            Div row = new Div(setting, before, new Span("→"), after);
            row.addClassName("diff-row");
            root.add(row);
        }
    }
}
