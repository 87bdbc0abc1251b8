package io.crmsync.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a user sees for an address that does not exist or that their role may not open. The two read
 * the same on purpose: the page does not reveal which addresses exist to someone who may not use
 * them.
 */
@AnonymousAllowed
class PageUnavailableView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    static final String TITLE = "This page is not available to you";

    PageUnavailableView() {
        addClassName("page-unavailable");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var card =
                new VerticalLayout(
                        new H1(TITLE),
                        new Paragraph(
                                "The address does not exist, or your role does not allow this page."
                                        + " An Admin can change your role on the Users page."),
                        new Anchor("", "Go to your home page"));
        card.addClassName("card");
        card.setMaxWidth("36rem");
        add(card);
    }

    @Override
    public int setErrorParameter(
            BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
