package io.crmsync.health;

import io.crmsync.spi.ErrorType;
import io.crmsync.sync.ErrorAdvice;
import io.crmsync.sync.ImpactedRecord;
import java.time.Instant;

/**
 * One current error of one record, with links to the record on both sides.
 *
 * @param hubSpotUrl where to open the HubSpot record, or null when its id is unknown
 * @param salesforceUrl where to open the Salesforce record, or null when its id is unknown
 */
public record ErrorRow(
        long id,
        ImpactedRecord record,
        ErrorType type,
        String code,
        String message,
        String field,
        String value,
        Instant firstSeen,
        Instant lastTried,
        int attempts,
        ErrorAdvice advice,
        String hubSpotUrl,
        String salesforceUrl) {

    public ErrorRow withLinks(String hubSpot, String salesforce) {
        return new ErrorRow(
                id,
                record,
                type,
                code,
                message,
                field,
                value,
                firstSeen,
                lastTried,
                attempts,
                advice,
                hubSpot,
                salesforce);
    }
}
