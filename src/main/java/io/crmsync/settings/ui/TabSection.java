package io.crmsync.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** One section of an object's tab: a title, its controls, and the notes that explain them. */
class TabSection extends Composite<VerticalLayout> {

    TabSection(String title, Component... controls) {
        VerticalLayout root = getContent();
        root.addClassName("card");
        root.addClassName("tab-section");
        root.setSpacing(false);
        root.add(new H2(title));
        root.add(controls);
    }

    /** Adds the notes under the controls, as the seed words them. */
    TabSection notes(String... notes) {
        if (notes.length == 1) {
            getContent().add(new Paragraph(notes[0]));
        } else {
            UnorderedList list = new UnorderedList();
            for (String note : notes) {
                list.add(new ListItem(note));
            }
            getContent().add(new Paragraph("Please note:"), list);
        }
        return this;
    }

    /** Adds more controls after the notes so far. */
    TabSection with(Component... more) {
        getContent().add(more);
        return this;
    }
}
