package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmUser;
import io.crmsync.spi.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Record owners across the two CRMs (PRODUCT.md S14): a Salesforce user and a HubSpot owner are the
 * same person when their emails match. Both directories are read at most every ten minutes.
 */
@Component
class Owners {

    static final String HUBSPOT_PROPERTY = "hubspot_owner_id";
    static final String SALESFORCE_FIELD = "OwnerId";
    private static final Duration TTL = Duration.ofMinutes(10);

    private record Directory(
            Map<String, String> emailById,
            Map<String, String> idByEmail,
            Map<String, String> nameById) {}

    private final Connectors connectors;
    private final Clock clock;
    private volatile Directory hubSpot;
    private volatile Directory salesforce;
    private volatile Instant readAt = Instant.MIN;

    Owners(Connectors connectors, Clock clock) {
        this.connectors = connectors;
        this.clock = clock;
    }

    static boolean isOwner(MappedField field) {
        return HUBSPOT_PROPERTY.equals(field.property())
                && SALESFORCE_FIELD.equals(field.salesforceName());
    }

    /** The HubSpot owner with the email of this Salesforce user; null when there is none. */
    String hubSpotOwnerOf(Object salesforceUserId) {
        if (salesforceUserId == null) {
            return null;
        }
        refresh();
        String email = salesforce.emailById().get(salesforceUserId.toString());
        return email == null ? null : hubSpot.idByEmail().get(email);
    }

    /** The active Salesforce user with the email of this HubSpot owner; null when there is none. */
    String salesforceUserOf(Object hubSpotOwnerId) {
        if (hubSpotOwnerId == null || hubSpotOwnerId.toString().isBlank()) {
            return null;
        }
        refresh();
        String email = hubSpot.emailById().get(hubSpotOwnerId.toString());
        return email == null ? null : salesforce.idByEmail().get(email);
    }

    /**
     * The person a HubSpot owner id or Salesforce user id stands for, as "Name (email)"; the id
     * itself when the directory does not know it.
     */
    String person(boolean hubSpotSide, String id) {
        if (id == null || id.isBlank()) {
            return id;
        }
        try {
            refresh();
        } catch (RuntimeException unreadable) {
            return id;
        }
        Directory directory = hubSpotSide ? hubSpot : salesforce;
        String name = directory.nameById().get(id);
        String email = directory.emailById().get(id);
        if (name == null && email == null) {
            return id;
        }
        if (name == null || name.isBlank()) {
            return email;
        }
        return email == null ? name : name + " (" + email + ")";
    }

    private synchronized void refresh() {
        Instant now = clock.instant();
        if (hubSpot != null && readAt.plus(TTL).isAfter(now)) {
            return;
        }
        hubSpot = directory(connectors.hubSpot());
        salesforce = directory(connectors.salesforce());
        readAt = now;
    }

    private static Directory directory(CrmConnector connector) {
        Map<String, String> emailById = new HashMap<>();
        Map<String, String> idByEmail = new HashMap<>();
        Map<String, String> nameById = new HashMap<>();
        List<CrmUser> users =
                connector instanceof UserDirectory directory ? directory.users() : List.of();
        for (CrmUser user : users) {
            if (user.name() != null) {
                nameById.put(user.id(), user.name());
            }
            if (user.email() == null) {
                continue;
            }
            String email = user.email().trim().toLowerCase(Locale.ROOT);
            emailById.put(user.id(), email);
            if (user.active()) {
                idByEmail.putIfAbsent(email, user.id());
            }
        }
        return new Directory(emailById, idByEmail, nameById);
    }
}
