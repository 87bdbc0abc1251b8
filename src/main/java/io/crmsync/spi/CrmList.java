package io.crmsync.spi;

/**
 * A list (segment) of records in the CRM.
 *
 * @param id the CRM's list id
 * @param name the list's name
 * @param processingType how membership is kept: {@code MANUAL}, {@code DYNAMIC} or {@code SNAPSHOT}
 *     in HubSpot
 * @param size the number of members when read
 */
public record CrmList(String id, String name, String processingType, int size) {}
