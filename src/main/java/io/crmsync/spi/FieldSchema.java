package io.crmsync.spi;

import java.util.List;

/**
 * One field of a CRM object, in the CRM's own terms.
 *
 * @param type the CRM's type name ({@code string}, {@code picklist}, {@code enumeration}, {@code
 *     datetime})
 * @param length the maximum length of text, or 0 when unlimited or not text
 * @param picklistValues the allowed values of a picklist or enumeration, empty otherwise
 * @param restricted whether values outside {@code picklistValues} are refused
 * @param referenceTo the objects a reference field points to
 */
public record FieldSchema(
        String name,
        String label,
        String type,
        int length,
        boolean required,
        boolean updateable,
        boolean externalId,
        List<String> picklistValues,
        boolean restricted,
        List<String> referenceTo) {}
