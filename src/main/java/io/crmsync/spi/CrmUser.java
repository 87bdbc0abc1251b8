package io.crmsync.spi;

/**
 * A user of a CRM who can own records: a HubSpot owner or a Salesforce user. The engine matches
 * users across the CRMs by {@link #email()} to map record owners.
 *
 * @param id the value records carry for this user ({@code hubspot_owner_id}, {@code OwnerId})
 * @param email the user's email, or {@code null} when the CRM has none
 * @param name the name users see
 * @param active {@code false} for archived owners and deactivated users
 */
public record CrmUser(String id, String email, String name, boolean active) {}
