package io.crmsync.records.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.ui.Notifications;
import io.crmsync.records.SyncRecordService;
import io.crmsync.sync.FieldSkip;
import io.crmsync.sync.RecordAssociations;
import io.crmsync.sync.RecordDetails;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.SyncTurnedOff;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * A found record: its name and object, Sync now, the link, the fields, the associated records, the
 * provenance, the errors and, for a contact, the fields skipped for it.
 */
class RecordPanel extends Composite<VerticalLayout> {

    final Button syncNow = new Button("Sync now", VaadinIcon.REFRESH.create());
    final Span syncStatus = new Span();
    final RecordLinkCard link;
    final RecordFieldsGrid fields;
    final RecordAssociationsGrid associations;
    final RecordProvenanceGrid provenance;
    final RecordErrorsGrid errors;
    final RecordSkipsGrid skipped;

    private final SyncRecordService records;
    private final RecordDetails details;

    RecordPanel(SyncRecordService records, RecordDetails details, boolean maySync) {
        this.records = records;
        this.details = details;
        syncNow.setEnabled(maySync);
        syncNow.setTooltipText(
                maySync
                        ? "Read this record again and sync it ahead of its turn"
                        : "Only Editors and Admins may sync a record");
        syncNow.addClickListener(e -> syncNow());
        Span object = new Span(RecordLinks.objectName(details.object()));
        object.getElement().getThemeList().add("badge");
        HorizontalLayout title =
                new HorizontalLayout(new H2(details.label()), object, syncNow, syncStatus);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        link = new RecordLinkCard(details);
        List<FieldSkip> skips = records.skippedFields(details.ref());
        fields =
                new RecordFieldsGrid(
                        details.fields(),
                        skips.stream().map(FieldSkip::hubSpotProperty).collect(Collectors.toSet()));
        RecordAssociations associated = details.associations();
        associations = new RecordAssociationsGrid(associated.shown());
        provenance = new RecordProvenanceGrid(details.provenance());
        errors = new RecordErrorsGrid(details.errors());
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.add(title, link, new H3("Fields"), fields, new H3("Associated records"));
        root.add(
                associated.isEmpty()
                        ? new Paragraph("No associated records on either side.")
                        : associations);
        if (associated.more() > 0) {
            root.add(new Paragraph("And %,d more, not listed.".formatted(associated.more())));
        }
        root.add(new H3("Where the values came from"));
        root.add(
                details.provenance().isEmpty()
                        ? new Paragraph("crmsync has not written any value of this record yet.")
                        : provenance);
        root.add(new H3("Current errors"));
        root.add(details.errors().isEmpty() ? new Paragraph("No errors.") : errors);
        skipped = new RecordSkipsGrid(records, skips, maySync);
        if (details.object() == SyncObject.CONTACT) {
            root.add(new H3("Fields not synced for this record"));
            root.add(
                    skips.isEmpty()
                            ? new Paragraph(
                                    "None. A Sync Health remedy can skip a field for the records"
                                            + " of an error.")
                            : skipped);
        }
    }

    private void syncNow() {
        try {
            List<ExternalSystem> queued = records.syncNow(details.ref());
            String sides =
                    queued.stream().map(ExternalSystem::label).collect(Collectors.joining(" and "));
            String text = "Queued on " + sides + " to sync now.";
            syncStatus.setText(text);
            Notifications.success(text);
        } catch (AccessDeniedException e) {
            Notifications.error("Only Editors and Admins may sync a record.");
        } catch (SyncTurnedOff e) {
            syncStatus.setText(e.getMessage());
            Notifications.error(e.getMessage());
        } catch (RuntimeException e) {
            Notifications.error("Could not queue the record: " + e.getMessage());
        }
    }
}
