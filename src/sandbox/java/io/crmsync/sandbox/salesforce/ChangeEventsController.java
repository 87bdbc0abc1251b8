package io.crmsync.sandbox.salesforce;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plain HTTP stand-in for the Pub/Sub API's change event channels: {@code GET
 * /sandbox/salesforce/events/data/{channel}?replayId=N&limit=M} with a Bearer token. Like event
 * delivery in a real org it does not count against the daily API requests.
 */
@RestController("salesforceChangeEventsController")
class ChangeEventsController {

    private final ChangeEvents events;
    private final TokenService tokens;

    ChangeEventsController(ChangeEvents events, TokenService tokens) {
        this.events = events;
        this.tokens = tokens;
    }

    @GetMapping(SalesforcePaths.ROOT + "/events/data/{channel}")
    ResponseEntity<Object> events(
            @PathVariable String channel,
            @RequestParam(defaultValue = "-1") long replayId,
            @RequestParam(defaultValue = "100") int limit,
            HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        String token =
                authorization == null
                        ? null
                        : authorization.replaceFirst("(?i)^(Bearer|OAuth) ", "");
        if (tokens.authenticate(token).isEmpty()) {
            throw new SfApiException(
                    401, SfError.withoutFields("INVALID_SESSION_ID", "Session expired or invalid"));
        }
        return ApiSupport.json(
                200, events.after(channel, replayId, Math.max(1, Math.min(limit, 2000))));
    }
}
