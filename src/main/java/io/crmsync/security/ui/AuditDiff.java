package io.crmsync.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.crmsync.security.AuditEntry;

/** The before and after of each changed field, shown when an audit row is opened. */
class AuditDiff extends Composite<Div> {

    AuditDiff(AuditEntry entry) {
        Div root = getContent();
        root.addClassName("audit-diff");
        if (entry.changes().isEmpty()) {
            root.add(new Span(entry.details() == null ? "No field changed." : entry.details()));
        }
        for (AuditEntry.FieldChange change : entry.changes()) {
            Span field = new Span(change.field());
            field.addClassName("diff-field");
            Span before = new Span(change.before() == null ? "(none)" : change.before());
            before.addClassName("diff-before");
            Span after = new Span(change.after() == null ? "(none)" : change.after());
            after.addClassName("diff-after");
            Div row = new Div(field, before, new Span("→"), after);
            row.addClassName("diff-row");
            root.add(row);
        }
    }
}
