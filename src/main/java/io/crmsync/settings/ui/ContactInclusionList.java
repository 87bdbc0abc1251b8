package io.crmsync.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.crmsync.base.ui.Notifications;
import io.crmsync.settings.ContactSettingsRejected;
import io.crmsync.settings.ContactSettingsService;
import io.crmsync.spi.CrmList;
import io.crmsync.sync.SyncControlService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The inclusion list (S12): an active HubSpot list, or none so that everything syncs, and a dialog
 * that creates a new list. Choosing a list does not backfill, which a notification says with a
 * button that resyncs.
 */
class ContactInclusionList extends Composite<HorizontalLayout> {

    static final String NONE = "None: everything syncs";
    static final String NO_BACKFILL =
            "Selecting a list does not sync the contacts already in it. They sync when they next"
                    + " change, or now if you resync contacts.";

    final ComboBox<CrmList> list = new ComboBox<>("Inclusion list");
    final Button create = new Button("+ Create inclusion list");
    Notification backfillNotice;

    private final ContactSettingsService settings;
    private final SyncControlService sync;
    private final List<CrmList> items = new ArrayList<>();

    ContactInclusionList(
            ContactSettingsService settings, SyncControlService sync, boolean canChange) {
        this.settings = settings;
        this.sync = sync;
        list.setPlaceholder(NONE);
        list.setHelperText("Leave empty and every HubSpot contact syncs to Salesforce.");
        list.setClearButtonVisible(true);
        list.setItemLabelGenerator(CrmList::name);
        list.setWidth("24rem");
        list.setReadOnly(!canChange);
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        create.setEnabled(canChange);
        create.addClickListener(click -> openCreateDialog());
        list.addValueChangeListener(
                change -> {
                    if (change.isFromClient() && change.getValue() != null) {
                        offerResync();
                    }
                });
        HorizontalLayout root = getContent();
        root.setAlignItems(FlexComponent.Alignment.BASELINE);
        root.add(list, create);
        try {
            items.addAll(settings.inclusionLists());
        } catch (ContactSettingsRejected unreadable) {
            list.setInvalid(true);
            list.setErrorMessage(unreadable.getMessage());
        }
        list.setItems(items);
    }

    String selectedId() {
        return list.getValue() == null ? null : list.getValue().id();
    }

    void select(String id) {
        if (id == null) {
            list.clear();
            return;
        }
        CrmList found =
                items.stream().filter(l -> Objects.equals(l.id(), id)).findFirst().orElse(null);
        if (found == null) {
            // HubSpot could not be read, or the list is gone: keep the id so a save keeps it.
            found = new CrmList(id, "List " + id, "", 0);
            add(found);
        }
        list.setValue(found);
    }

    private void add(CrmList item) {
        items.add(item);
        list.setItems(items);
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Create inclusion list");
        TextField name = new TextField("List name");
        name.setWidthFull();
        name.setHelperText("Add contacts to it in HubSpot; only its members sync to Salesforce.");
        Button confirm = new Button("Create");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(
                click -> {
                    try {
                        CrmList created = settings.createInclusionList(name.getValue());
                        add(created);
                        list.setValue(created);
                        dialog.close();
                        Notifications.success(
                                "Created the list "
                                        + created.name()
                                        + " in HubSpot. Save to make it the inclusion list.");
                        offerResync();
                    } catch (ContactSettingsRejected rejected) {
                        name.setInvalid(true);
                        name.setErrorMessage(rejected.getMessage());
                    }
                });
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void offerResync() {
        backfillNotice = ContactResync.offer(sync, NO_BACKFILL);
    }
}
