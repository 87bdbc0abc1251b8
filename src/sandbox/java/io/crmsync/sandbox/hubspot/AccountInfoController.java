package io.crmsync.sandbox.hubspot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /account-info/v3/details}: the portal a private-app token belongs to, shaped like the
 * recorded real response.
 */
@RestController
class AccountInfoController {

    private final Portal portal;

    AccountInfoController(Portal portal) {
        this.portal = portal;
    }

    @GetMapping(HubSpotGateway.ROOT + "/account-info/v3/details")
    ResponseEntity<Map<String, Object>> details() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("portalId", portal.hubId());
        body.put("accountType", "STANDARD");
        body.put("timeZone", "US/Eastern");
        body.put("companyCurrency", "USD");
        body.put("additionalCurrencies", List.of());
        body.put("utcOffset", "-05:00");
        body.put("utcOffsetMilliseconds", -18_000_000);
        body.put("uiDomain", "app.hubspot.com");
        body.put("dataHostingLocation", "na1");
        return Json.response(200, body);
    }
}
