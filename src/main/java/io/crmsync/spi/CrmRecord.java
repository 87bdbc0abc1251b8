package io.crmsync.spi;

import java.time.Instant;
import java.util.Map;

/**
 * A record as read from a CRM.
 *
 * @param id the CRM's id
 * @param objectType the CRM's object name ({@code Contact}, {@code contacts})
 * @param fields the requested fields by their CRM name; a null value is an empty field
 * @param modifiedAt the CRM's own modification time (SystemModstamp, hs_lastmodifieddate)
 * @param deleted whether the record was deleted or archived
 * @param lastWriter who made the last change, when the CRM says (a client id, a change source), so
 *     that crmsync can recognise its own writes coming back
 */
public record CrmRecord(
        String id,
        String objectType,
        Map<String, Object> fields,
        Instant modifiedAt,
        boolean deleted,
        String lastWriter) {}
