package io.crmsync.health.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.crmsync.health.SyncHealthService;
import io.crmsync.sync.SyncSuspension;
import org.springframework.stereotype.Component;

/**
 * S5: when a suspension starts, every open page of a signed-in user shows a notification, pushed by
 * the server. Each UI subscribes when it opens and unsubscribes when it closes.
 */
@Component
class HealthNotifier implements VaadinServiceInitListener {

    private final SyncHealthService health;

    HealthNotifier(SyncHealthService health) {
        this.health = health;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> subscribe(init.getUI()));
    }

    void subscribe(UI ui) {
        Runnable unsubscribe;
        try {
            unsubscribe = health.onSuspension(s -> ui.access(() -> show(s)));
        } catch (RuntimeException notSignedIn) {
            return;
        }
        ui.addDetachListener(detach -> unsubscribe.run());
    }

    private static void show(SyncSuspension s) {
        Notification n =
                Notification.show(
                        "The sync is suspended ("
                                + s.system().label()
                                + "): "
                                + s.advice().explanation()
                                + " Open Sync Health to clear it.",
                        15_000,
                        Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
