package io.crmsync.spi;

/**
 * One association to create or remove.
 *
 * @param reference the caller's key for this pair, echoed in its {@link WriteResult}
 * @param fromId the id of the record on the {@code from} side
 * @param toId the id of the record on the {@code to} side
 * @param category the association category ({@code HUBSPOT_DEFINED}, {@code USER_DEFINED}); null
 *     with a null {@code typeId} for the CRM's default, unlabelled association
 * @param typeId the association type (a label), or null for the default association
 */
public record AssociationWrite(
        String reference, String fromId, String toId, String category, Integer typeId) {

    /** Whether this pair asks for the default, unlabelled association. */
    public boolean isDefault() {
        return category == null && typeId == null;
    }
}
