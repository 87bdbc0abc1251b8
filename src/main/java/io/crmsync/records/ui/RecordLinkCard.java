package io.crmsync.records.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.ui.UserTime;
import io.crmsync.sync.RecordDetails;
import io.crmsync.sync.RecordLink;
import io.crmsync.sync.RecordSide;
import io.crmsync.sync.SyncObject;

/** The two sides of a record, with links to open them, and when they were last synced. */
class RecordLinkCard extends Composite<Div> {

    /** Why the record is not linked; null when it is. */
    final Span unlinked;

    RecordLinkCard(RecordDetails details) {
        Div root = getContent();
        root.addClassNames("card", "facts", "record-link");
        fact("HubSpot", side(details.hubSpot()));
        fact("Salesforce", side(details.salesforce()));
        RecordLink link = details.link();
        if (link == null) {
            unlinked =
                    new Span(
                            details.unlink() != null
                                    ? details.unlink().story(UserTime::format)
                                    : "Not linked: crmsync has not synced this record yet");
            fact("Link", unlinked);
            return;
        }
        unlinked = null;
        fact("Linked since", new Span(UserTime.format(link.createdAt())));
        fact(
                "Last synced",
                new Span(
                        link.lastSyncedAt() == null
                                ? "Never"
                                : UserTime.format(link.lastSyncedAt())));
        fact("Last run", new Span(link.lastRunId() == null ? "" : "#" + link.lastRunId()));
        fact(
                "Last written",
                new Span(link.lastDirection() == null ? "" : "to " + link.lastDirection().label()));
    }

    private Component side(RecordSide side) {
        if (side == null) {
            return new Span("No record");
        }
        String type =
                side.system() == ExternalSystem.HUBSPOT
                        ? RecordLinks.objectName(SyncObject.ofHubSpotType(side.objectType()))
                        : side.objectType();
        String text = type + " " + side.id() + (side.sandbox() ? " (sandbox)" : "");
        Component shown;
        if (side.url() == null) {
            shown = new Span(text);
        } else {
            Anchor anchor = new Anchor(side.url(), text);
            if (!side.sandbox()) {
                anchor.setTarget(AnchorTarget.BLANK);
            }
            shown = anchor;
        }
        if (side.found()) {
            return shown;
        }
        Span missing = new Span(" — not found: deleted or merged?");
        missing.addClassName("error-text");
        return new Span(shown, missing);
    }

    private void fact(String label, Component value) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        Div fact = new Div(name, value);
        fact.addClassName("fact");
        getContent().add(fact);
    }
}
