package io.crmsync.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.crmsync.base.ui.Notifications;
import io.crmsync.sync.SyncControlService;
import org.springframework.security.access.AccessDeniedException;

/**
 * A change that does not backfill (a new mapping, a newly chosen inclusion list) offers a resync of
 * every contact in a notification.
 */
final class ContactResync {

    private ContactResync() {}

    static Notification offer(SyncControlService sync, String text) {
        Notification notice = new Notification();
        notice.setDuration(15000);
        notice.setPosition(Notification.Position.BOTTOM_END);
        Button resync = new Button("Resync contacts");
        resync.addClickListener(
                click -> {
                    notice.close();
                    start(sync);
                });
        HorizontalLayout content = new HorizontalLayout(new Span(text), resync);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notice.add(content);
        notice.open();
        return notice;
    }

    static void start(SyncControlService sync) {
        try {
            sync.resyncContacts();
            Notifications.success("Resync started: every contact and lead syncs again.");
        } catch (AccessDeniedException refused) {
            Notifications.error("Only Editors and Admins can resync contacts.");
        } catch (UnsupportedOperationException | IllegalStateException notReady) {
            Notifications.error("The resync could not start: " + notReady.getMessage());
        }
    }
}
