package io.crmsync.health.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.crmsync.base.ui.Plural;
import io.crmsync.base.ui.UserTime;
import io.crmsync.health.ErrorGroup;
import io.crmsync.health.ErrorRow;
import io.crmsync.sync.ImpactedRecord;

/**
 * The stacked cells of the details panel: a group's cause, and an impacted record's three parts
 * (which record, what went wrong and how to fix it, its tries). Stacked and wrapped, a row tells
 * its whole story in the panel's width, without scrolling sideways.
 */
final class HealthRowCells {

    /** Where another view lists records; it filters by the {@code q} parameter. */
    static final String RECORD_VIEW = "records";

    private HealthRowCells() {}

    /** A group's cause in words, with the CRM's own code beneath it to search for. */
    static Div cause(ErrorGroup group) {
        Div cell = cell("health-group-cause");
        Div code = new Div(group.code());
        code.addClassName("health-group-code");
        cell.add(new Div(group.cause()), code);
        return cell;
    }

    static Div record(ErrorRow row) {
        ImpactedRecord record = row.record();
        Div cell = cell("health-row-record");
        cell.add(new Div(record.label() == null ? record.recordId() : record.label()));
        if (record.hubSpotId() != null) {
            cell.add(line("HubSpot ", link(record.hubSpotId(), row.hubSpotUrl())));
        }
        if (record.salesforceId() != null) {
            cell.add(line("Salesforce ", link(record.salesforceId(), row.salesforceUrl())));
        }
        String id = record.hubSpotId() != null ? record.hubSpotId() : record.recordId();
        cell.add(new Div(new Anchor(RECORD_VIEW + "?q=" + id, "Open in Record view")));
        return cell;
    }

    static Div story(ErrorRow row) {
        Div cell = cell("health-row-story");
        cell.add(new Div(row.message()));
        Div explanation = new Div(row.advice().explanation());
        explanation.addClassName("health-row-explanation");
        Div fix = new Div(new Span("Suggested fix: "), new Span(row.advice().fix()));
        fix.addClassName("health-row-fix");
        cell.add(explanation, fix);
        return cell;
    }

    static Div tries(ErrorRow row) {
        Div cell = cell("health-row-tries");
        cell.add(
                new Div(Plural.of(row.attempts(), "attempt", "attempts")),
                new Div("First seen " + UserTime.format(row.firstSeen())),
                new Div("Last tried " + UserTime.format(row.lastTried())));
        return cell;
    }

    private static Div cell(String className) {
        Div cell = new Div();
        cell.addClassNames("health-row-cell", className);
        return cell;
    }

    private static Div line(String caption, Anchor link) {
        Span label = new Span(caption);
        label.addClassName("health-row-caption");
        return new Div(label, link);
    }

    private static Anchor link(String id, String url) {
        Anchor anchor = new Anchor(url == null ? "" : url, id);
        if (url != null && url.startsWith("http")) {
            anchor.setTarget(AnchorTarget.BLANK);
        }
        return anchor;
    }
}
