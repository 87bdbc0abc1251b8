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
import io.crmsync.sync.RecordSummary;
import io.crmsync.sync.SyncObject;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One record at a time, of any synced object: found by email, name, domain or id, both sides side
 * by side, its link, its associated records, where each value came from and what went wrong. Other
 * pages link here with {@code records?q=...}, or {@code records?object=company&id=...} for one
 * record (see {@link RecordLinks}).
 */
@Route(RecordLinks.ROUTE)
@PageTitle("Records | crmsync")
@Menu(order = 40, icon = "vaadin:search", title = "Records")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class RecordsView extends VerticalLayout implements BeforeEnterObserver {

    static final String QUERY = RecordLinks.QUERY;

    final TextField search = new TextField();
    final Button find = new Button("Find", VaadinIcon.SEARCH.create());
    final Div result = new Div();
    RecordPanel panel;
    RecordMatchList matches;

    private final SyncRecordService records;
    private final boolean maySync;

    RecordsView(SyncRecordService records, AuthenticationContext user) {
        this.records = records;
        this.maySync = user.hasAnyRole(AppRoles.ADMIN, AppRoles.EDITOR);
        addClassName("records-view");
        add(
                new ViewHeader(
                        "Records",
                        "Find a contact by email, a company by name or domain, or any record by"
                                + " its HubSpot or Salesforce id to see both sides, the records"
                                + " associated with it, where each value came from, and what"
                                + " failed."));
        search.setPlaceholder("Email, company name or domain, HubSpot id or Salesforce id");
        search.setAriaLabel("Find a record");
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
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<String> object = parameters.getSingleParameter(RecordLinks.OBJECT);
        Optional<String> id = parameters.getSingleParameter(RecordLinks.ID);
        if (object.isPresent() && id.isPresent() && !id.get().isBlank()) {
            open(object.get(), id.get().strip());
            return;
        }
        parameters
                .getSingleParameter(QUERY)
                .filter(q -> !q.isBlank())
                .ifPresent(
                        q -> {
                            search.setValue(q);
                            lookUp();
                        });
    }

    void lookUp() {
        String query = search.getValue().strip();
        clear();
        if (query.isEmpty()) {
            invalid("Enter an email, a company name or domain, a HubSpot id or a Salesforce id");
            return;
        }
        List<RecordSummary> found = read(() -> records.search(query));
        if (found == null) {
            return;
        }
        if (found.isEmpty()) {
            invalid("No record found for " + query);
            return;
        }
        search.setInvalid(false);
        replaceLocation(RecordLinks.search(query));
        if (found.size() == 1) {
            RecordSummary only = found.getFirst();
            show(read(() -> records.open(only.ref().object(), only.ref().id())), query);
            return;
        }
        matches = new RecordMatchList(query, found);
        result.add(matches);
    }

    /** Opens one record, as a link to this page names it. */
    void open(String objectName, String id) {
        clear();
        SyncObject object;
        try {
            object = SyncObject.ofLinkKind(objectName);
        } catch (IllegalArgumentException unknown) {
            invalid("No synced object is called " + objectName);
            return;
        }
        search.setValue(id);
        show(read(() -> records.open(object, id)), RecordLinks.objectName(object) + " " + id);
    }

    private void show(Optional<RecordDetails> details, String asked) {
        if (details == null) {
            return;
        }
        if (details.isEmpty()) {
            invalid("No record found for " + asked);
            return;
        }
        search.setInvalid(false);
        panel = new RecordPanel(records, details.get(), maySync);
        result.add(panel);
    }

    /** What the service read, or null when it failed, which is said. */
    private static <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            Notifications.error("Could not read the record: " + e.getMessage());
            return null;
        }
    }

    private void clear() {
        result.removeAll();
        panel = null;
        matches = null;
    }

    private void replaceLocation(String location) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    private void invalid(String message) {
        search.setErrorMessage(message);
        search.setInvalid(true);
    }
}
