package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.store.JsonMaps;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sobjects/{Object}/updated/} and {@code /deleted/}: ids changed or deleted in a window of
 * {@code SystemModstamp}, truncated to the minute; {@code start} may be at most 30 days back.
 */
@RestController("salesforceReplicationController")
class ReplicationController {

    private static final String BASE = SalesforcePaths.DATA + "/sobjects/{type}";

    private final ApiSupport api;
    private final RecordStore store;
    private final Clock clock;

    ReplicationController(ApiSupport api, RecordStore store, ObjectProvider<Clock> clock) {
        this.api = api;
        this.store = store;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping({BASE + "/updated", BASE + "/updated/"})
    ResponseEntity<Object> updated(
            @PathVariable String type, @RequestParam String start, @RequestParam String end) {
        ObjectDef def = api.object(type);
        Instant[] window = window(start, end);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ids", changed(def, window, false).stream().map(SfRecord::id).toList());
        body.put("latestDateCovered", SfTime.format(window[1]));
        return ApiSupport.json(200, body);
    }

    @GetMapping({BASE + "/deleted", BASE + "/deleted/"})
    ResponseEntity<Object> deleted(
            @PathVariable String type, @RequestParam String start, @RequestParam String end) {
        ObjectDef def = api.object(type);
        Instant[] window = window(start, end);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "deletedRecords",
                changed(def, window, true).stream()
                        .map(r -> JsonMaps.of("id", r.id(), "deletedDate", r.systemModstamp()))
                        .toList());
        body.put(
                "earliestDateAvailable",
                SfTime.format(
                        clock.instant()
                                .minus(Duration.ofDays(30))
                                .truncatedTo(ChronoUnit.MINUTES)));
        body.put("latestDateCovered", SfTime.format(window[1]));
        return ApiSupport.json(200, body);
    }

    private List<SfRecord> changed(ObjectDef def, Instant[] window, boolean deleted) {
        return store.all(def.name()).stream()
                .filter(r -> r.deleted() == deleted)
                .filter(
                        r -> {
                            Instant stamp =
                                    OffsetDateTime.parse(r.systemModstamp(), SfTime.FORMAT)
                                            .toInstant();
                            return !stamp.isBefore(window[0]) && stamp.isBefore(window[1]);
                        })
                .toList();
    }

    private Instant[] window(String start, String end) {
        Instant from = parse(start);
        Instant to = parse(end);
        if (from.isBefore(clock.instant().minus(Duration.ofDays(30)))) {
            throw SfApiException.badRequest(
                    "INVALID_REPLICATION_DATE", "startDate cannot be more than 30 days ago");
        }
        if (!to.isAfter(from)) {
            throw SfApiException.badRequest(
                    "INVALID_REPLICATION_DATE",
                    "EndDate must chronologically follow the StartDate");
        }
        return new Instant[] {from, to};
    }

    private static Instant parse(String text) {
        try {
            String normalized =
                    text.replace(' ', '+').replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
            return OffsetDateTime.parse(normalized, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant()
                    .truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeParseException e) {
            throw SfApiException.badRequest(
                    "INVALID_REPLICATION_DATE", "Cannot parse date: " + text);
        }
    }
}
