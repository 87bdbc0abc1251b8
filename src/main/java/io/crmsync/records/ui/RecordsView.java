package io.crmsync.records.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.records.SyncRecordService;
import io.crmsync.security.AppRoles;
import io.crmsync.sync.RecordDetails;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * One contact at a time: found by email or id, both sides side by side, its link, where each value
 * came from and what went wrong. Other pages link here with {@code records?q=...}.
 */
@Route("records")
@PageTitle("Records | crmsync")
@Menu(order = 40, icon = "vaadin:search", title = "Records")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class RecordsView extends VerticalLayout implements BeforeEnterObserver {

    static final String QUERY = "q";

    final TextField search = new TextField();
    final Button find = new Button("Find", VaadinIcon.SEARCH.create());
    final Div result = new Div();
    RecordPanel panel;

    private final SyncRecordService records;
    private final boolean maySync;

    RecordsView(SyncRecordService records, AuthenticationContext user) {
        this.records = records;
        this.maySync = user.hasAnyRole(AppRoles.ADMIN, AppRoles.EDITOR);
        addClassName("records-view");
        add(
                new ViewHeader(
                        "Records",
                        "Find a contact by email, HubSpot id or Salesforce id to see both sides,"
                                + " where each value came from, and what failed."));
        search.setPlaceholder("Email, HubSpot id or Salesforce id");
        search.setAriaLabel("Find a contact");
        search.setClearButtonVisible(true);
        search.setWidth("28em");
        search.addKeyPressListener(Key.ENTER, e -> lookUp());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickListener(e -> lookUp());
        HorizontalLayout bar = new HorizontalLayout(search, find);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setWidthFull();
        add(bar, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q = event.getLocation().getQueryParameters().getParameters().get(QUERY);
        if (q != null && !q.isEmpty() && !q.getFirst().isBlank()) {
            search.setValue(q.getFirst());
            lookUp();
        }
    }

    void lookUp() {
        String query = search.getValue().strip();
        result.removeAll();
        panel = null;
        if (query.isEmpty()) {
            invalid("Enter an email, a HubSpot id or a Salesforce id");
            return;
        }
        Optional<RecordDetails> found;
        try {
            found = records.find(query);
        } catch (RuntimeException e) {
            Notifications.error("Could not read the record: " + e.getMessage());
            return;
        }
        if (found.isEmpty()) {
            invalid("No contact found for " + query);
            return;
        }
        search.setInvalid(false);
        panel = new RecordPanel(records, found.get(), maySync);
        result.add(panel);
        getUI().ifPresent(
                        ui ->
                                ui.getPage()
                                        .getHistory()
                                        .replaceState(
                                                null,
                                                "records?"
                                                        + QueryParameters.of(QUERY, query)
                                                                .getQueryString()));
    }

    private void invalid(String message) {
        search.setErrorMessage(message);
        search.setInvalid(true);
    }
}
