package io.crmsync.sandbox.hubspot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /crm/v3/owners}: the portal's owners, paged with {@code limit} (at most 500) and {@code
 * after}, filtered by {@code email}. The sandbox has no archived owners, so {@code archived=true}
 * answers an empty page.
 */
@RestController
@RequestMapping(HubSpotGateway.ROOT + "/crm/v3/owners")
class OwnersController {

    @GetMapping({"", "/"})
    ResponseEntity<Map<String, Object>> all(
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String email,
            @RequestParam(defaultValue = "false") boolean archived,
            HttpServletRequest request) {
        int size = Math.min(Math.max(limit, 1), 500);
        long from = Paging.afterId(after);
        List<Map<String, Object>> results = new ArrayList<>();
        String next = null;
        for (Owners.Owner owner : archived ? List.<Owners.Owner>of() : Owners.ALL) {
            if (Long.parseLong(owner.id()) < from
                    || (email != null && !owner.email().equalsIgnoreCase(email.strip()))) {
                continue;
            }
            if (results.size() == size) {
                next = owner.id();
                break;
            }
            results.add(Owners.toJson(owner));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        if (next != null) {
            body.put("paging", Paging.next(next, request, size));
        }
        return Json.response(200, body);
    }

    @GetMapping("/{ownerId}")
    ResponseEntity<Map<String, Object>> one(
            @PathVariable String ownerId,
            @RequestParam(defaultValue = "id") String idProperty,
            @RequestParam(defaultValue = "false") boolean archived) {
        var owner =
                archived
                        ? Optional.<Owners.Owner>empty()
                        : "userId".equals(idProperty)
                                ? Owners.byUserId(ownerId)
                                : Owners.find(ownerId);
        return Json.response(
                200,
                Owners.toJson(
                        owner.orElseThrow(
                                () ->
                                        new HubSpotException(
                                                404,
                                                "OBJECT_NOT_FOUND",
                                                "Unable to find owner " + ownerId))));
    }
}
