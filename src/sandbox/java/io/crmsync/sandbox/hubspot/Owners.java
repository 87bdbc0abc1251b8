package io.crmsync.sandbox.hubspot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's owners, a fixed set. The first two share their emails with the Salesforce sandbox's
 * users (its integration user and Sam Seller), so owners can be matched across the sandboxes by
 * email; the third has no Salesforce counterpart.
 */
final class Owners {

    /** An owner of the portal; {@code id} is what records carry in {@code hubspot_owner_id}. */
    record Owner(String id, String email, String firstName, String lastName, long userId) {}

    static final String DOMAIN = "@crmsync-sandbox.example.com";

    static final List<Owner> ALL =
            List.of(
                    new Owner("75318201", "integration" + DOMAIN, "Integration", "User", 9100001),
                    new Owner("75318202", "sam.seller" + DOMAIN, "Sam", "Seller", 9100002),
                    new Owner("75318203", "hana.hubspot" + DOMAIN, "Hana", "Hubspot", 9100003));

    /**
     * Sam Seller, who owns the demo contacts as the Salesforce sandbox's Sam Seller owns its demo
     * records.
     */
    static final Owner DEMO_OWNER = ALL.get(1);

    private static final String CREATED_AT = "2024-01-15T09:00:00.000Z";

    private Owners() {}

    static Optional<Owner> find(String id) {
        return ALL.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    static Optional<Owner> byUserId(String userId) {
        return ALL.stream().filter(o -> String.valueOf(o.userId()).equals(userId)).findFirst();
    }

    static boolean isOwnerId(String id) {
        return find(id).isPresent();
    }

    /** The owner in the shape of {@code GET /crm/v3/owners}. */
    static Map<String, Object> toJson(Owner owner) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", owner.id());
        json.put("email", owner.email());
        json.put("type", "PERSON");
        json.put("firstName", owner.firstName());
        json.put("lastName", owner.lastName());
        json.put("userId", owner.userId());
        json.put("userIdIncludingInactive", owner.userId());
        json.put("createdAt", CREATED_AT);
        json.put("updatedAt", CREATED_AT);
        json.put("archived", false);
        return json;
    }
}
