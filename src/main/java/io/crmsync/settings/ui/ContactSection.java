package io.crmsync.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** One section of the Contacts tab: a title, its controls, and the notes that explain them. */
class ContactSection extends Composite<VerticalLayout> {

    ContactSection(String title, Component... controls) {
        VerticalLayout root = getContent();
        root.addClassName("card");
        root.addClassName("contact-section");
        root.setSpacing(false);
        root.add(new H2(title));
        root.add(controls);
    }

    /** Adds the notes under the controls, as the seed words them. */
    ContactSection notes(String... notes) {
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
    ContactSection with(Component... more) {
        getContent().add(more);
        return this;
    }
}
