package io.crmsync.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A view's title, a one-line explanation, and its main actions on the right. */
public class ViewHeader extends Composite<HorizontalLayout> {

    public ViewHeader(String title, String explanation, Component... actions) {
        this(new H1(title), explanation, actions);
    }

    /** The header of a view shown in a tab, which the selected tab already names. */
    public static ViewHeader ofTab(String explanation, Component... actions) {
        return new ViewHeader((H1) null, explanation, actions);
    }

    private ViewHeader(H1 title, String explanation, Component... actions) {
        var text = new VerticalLayout();
        if (title != null) {
            text.add(title);
        }
        text.add(new Paragraph(explanation));
        text.setPadding(false);
        text.setSpacing(false);
        text.addClassName("view-header-text");
        var actionBar = new HorizontalLayout(actions);
        actionBar.addClassName("view-header-actions");
        HorizontalLayout root = getContent();
        root.add(text, actionBar);
        root.setWidthFull();
        root.setAlignItems(FlexComponent.Alignment.END);
        root.expand(text);
        root.addClassName("view-header");
    }
}
