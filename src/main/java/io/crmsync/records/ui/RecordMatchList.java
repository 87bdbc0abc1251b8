package io.crmsync.records.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.crmsync.base.ui.Plural;
import io.crmsync.sync.RecordSummary;
import java.util.List;

/** The records a search names when it names more than one: each opens in Records. */
class RecordMatchList extends Composite<Div> {

    final List<Anchor> links;

    RecordMatchList(String query, List<RecordSummary> matches) {
        links = matches.stream().map(m -> new Anchor(RecordLinks.to(m.ref()), text(m))).toList();
        UnorderedList list = new UnorderedList();
        links.forEach(a -> list.add(new ListItem(a)));
        getContent()
                .add(
                        new Paragraph(
                                Plural.of(matches.size(), "record", "records")
                                        + " match "
                                        + query
                                        + ". Open one:"),
                        list);
    }

    private static String text(RecordSummary match) {
        return match.name()
                + " · "
                + RecordLinks.objectName(match.ref().object())
                + (match.linked() ? "" : " (not linked)");
    }
}
