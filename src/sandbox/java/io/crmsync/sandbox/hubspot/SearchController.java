package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /crm/v3/objects/{type}/search}: filter groups (OR of ANDed filters), one sort, a
 * free-text query, paging by offset up to 10,000 results. It sees the search index, which lags
 * behind writes by the configured visibility delay, and never archived records.
 */
@RestController
class SearchController {

    private final ObjectTypes types;
    private final ObjectStore store;
    private final PropertyCatalog catalog;
    private final ObjectJson json;

    SearchController(
            ObjectTypes types, ObjectStore store, PropertyCatalog catalog, ObjectJson json) {
        this.types = types;
        this.store = store;
        this.catalog = catalog;
        this.json = json;
    }

    @PostMapping(HubSpotGateway.ROOT + "/crm/v3/objects/{type}/search")
    ResponseEntity<Map<String, Object>> search(
            @PathVariable String type, @RequestBody Map<String, Object> body) {
        ObjectType objectType = types.require(type);
        SearchRequest request = SearchRequest.parse(body);
        for (List<SearchRequest.Filter> group : request.groups()) {
            for (SearchRequest.Filter filter : group) {
                if (catalog.find(objectType.id(), filter.propertyName()).isEmpty()) {
                    throw HubSpotException.badRequest(
                            "There was a problem with the request: property "
                                    + filter.propertyName()
                                    + " does not exist on "
                                    + objectType.name());
                }
            }
        }
        Comparator<HsObject> order = order(objectType, request);
        int wanted = Math.min(request.after() + request.limit(), SearchRequest.MAX_RESULTS);
        // Only the first pages are ever returned: keep the best `wanted` matches in a heap whose
        // head is the worst of them, instead of sorting every match for each page.
        PriorityQueue<HsObject> best = new PriorityQueue<>(wanted + 1, order.reversed());
        int total = 0;
        List<List<Condition>> groups = conditions(objectType, request);
        for (HsObject object : store.searchable(objectType.id())) {
            if (!matches(objectType, request, groups, object)) {
                continue;
            }
            total++;
            if (best.size() < wanted) {
                best.add(object);
            } else if (wanted > 0 && order.compare(object, best.peek()) < 0) {
                best.poll();
                best.add(object);
            }
        }
        List<HsObject> matches = new ArrayList<>(best);
        matches.sort(order);
        List<Map<String, Object>> results = new ArrayList<>();
        int end = Math.min(matches.size(), request.after() + request.limit());
        for (int i = request.after(); i < end; i++) {
            results.add(json.selected(objectType, matches.get(i), request.properties()));
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("total", total);
        response.put("results", results);
        if (end < total && end < SearchRequest.MAX_RESULTS) {
            response.put("paging", Map.of("next", Map.of("after", String.valueOf(end))));
        }
        return Json.response(200, response);
    }

    /** The request's sort, ties in id order as the index returns them; id order without a sort. */
    private Comparator<HsObject> order(ObjectType type, SearchRequest request) {
        Comparator<HsObject> byId = Comparator.comparingLong(HsObject::id);
        if (request.sortProperty() == null) {
            return byId;
        }
        PropertyDef def = catalog.find(type.id(), request.sortProperty()).orElse(null);
        String property = request.sortProperty();
        Comparator<HsObject> byValue = (a, b) -> compare(def, a.get(property), b.get(property));
        return (request.descending() ? byValue.reversed() : byValue).thenComparing(byId);
    }

    private record Condition(SearchRequest.Filter filter, PropertyDef def) {}

    /** The filter groups with each filter's property looked up once per request. */
    private List<List<Condition>> conditions(ObjectType type, SearchRequest request) {
        return request.groups().stream()
                .map(
                        group ->
                                group.stream()
                                        .map(
                                                f ->
                                                        new Condition(
                                                                f,
                                                                catalog.find(
                                                                                type.id(),
                                                                                f.propertyName())
                                                                        .orElse(null)))
                                        .toList())
                .toList();
    }

    private static boolean matches(
            ObjectType type, SearchRequest request, List<List<Condition>> groups, HsObject object) {
        if (request.query() != null
                && !request.query().isBlank()
                && !matchesQuery(type, request.query(), object)) {
            return false;
        }
        if (groups.isEmpty()) {
            return true;
        }
        return groups.stream()
                .anyMatch(
                        group ->
                                group.stream()
                                        .allMatch(
                                                c ->
                                                        FilterMatcher.matches(
                                                                c.filter(), object, c.def())));
    }

    private static boolean matchesQuery(ObjectType type, String query, HsObject object) {
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        for (String property : type.searchable()) {
            String value = object.get(property);
            if (value == null) {
                continue;
            }
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.startsWith(wanted)) {
                return true;
            }
            for (String token : lower.split("[^\\p{L}\\p{N}]+")) {
                if (token.startsWith(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int compare(PropertyDef def, String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null || b.isEmpty() ? 0 : 1;
        }
        if (b == null || b.isEmpty()) {
            return -1;
        }
        return FilterMatcher.compare(def, a, b);
    }
}
