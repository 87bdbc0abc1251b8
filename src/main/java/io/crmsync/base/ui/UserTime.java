package io.crmsync.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Shows stored UTC instants in the browser's time zone. The zone is asked of the browser once per
 * session; until it answers, times are shown in UTC and say so.
 */
public final class UserTime {

    private static final String ZONE_ATTRIBUTE = UserTime.class.getName() + ".zone";
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private UserTime() {}

    /** Asks the browser for its zone, unless this session already knows it. */
    public static void learnZone(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ZONE_ATTRIBUTE) != null) {
            return;
        }
        ui.getPage()
                .retrieveExtendedClientDetails(
                        details -> {
                            try {
                                session.setAttribute(
                                        ZONE_ATTRIBUTE, ZoneId.of(details.getTimeZoneId()));
                            } catch (RuntimeException unknownZone) {
                                session.setAttribute(ZONE_ATTRIBUTE, ZoneOffset.UTC);
                            }
                        });
    }

    public static ZoneId zone() {
        return zoneOf(VaadinSession.getCurrent());
    }

    /**
     * The zone of this session's browser, for code that runs without the session's lock, such as a
     * download: the session's attributes may only be read under it.
     */
    public static ZoneId zone(VaadinSession session) {
        session.lock();
        try {
            return zoneOf(session);
        } finally {
            session.unlock();
        }
    }

    private static ZoneId zoneOf(VaadinSession session) {
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneOffset.UTC;
    }

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone()));
    }
}
