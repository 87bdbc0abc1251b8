package io.crmsync.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.crmsync.base.ui.Notifications;
import io.crmsync.sync.SyncControlService;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.SyncTurnedOff;
import org.springframework.security.access.AccessDeniedException;

/**
 * A saved mapping of companies or deals does not backfill: a notification says so and offers a
 * resync of every record of the object.
 */
final class ObjectResync {

    private ObjectResync() {}

    static Notification offer(SyncControlService sync, SyncObject object, String saved) {
        String records = object.label().toLowerCase(java.util.Locale.ROOT);
        Notification notice = new Notification();
        notice.setDuration(15000);
        notice.setPosition(Notification.Position.BOTTOM_END);
        Button resync = new Button("Resync " + records);
        resync.addClickListener(
                click -> {
                    notice.close();
                    start(sync, object);
                });
        HorizontalLayout content =
                new HorizontalLayout(
                        new Span(
                                saved
                                        + " Existing "
                                        + records
                                        + " take it when they next change, or now with a"
                                        + " resync."),
                        resync);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notice.add(content);
        notice.open();
        return notice;
    }

    static void start(SyncControlService sync, SyncObject object) {
        String records = object.label().toLowerCase(java.util.Locale.ROOT);
        try {
            sync.resync(object);
            Notifications.success("Resync started: every one of the " + records + " syncs again.");
        } catch (SyncTurnedOff off) {
            Notifications.error(off.getMessage());
        } catch (AccessDeniedException refused) {
            Notifications.error("Only Editors and Admins can resync " + records + ".");
        } catch (UnsupportedOperationException | IllegalStateException notReady) {
            Notifications.error("The resync could not start: " + notReady.getMessage());
        }
    }
}
