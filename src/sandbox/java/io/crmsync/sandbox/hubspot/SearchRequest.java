package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A parsed body of {@code POST /crm/v3/objects/{type}/search}, with HubSpot's limits checked. */
record SearchRequest(
        List<List<Filter>> groups,
        String sortProperty,
        boolean descending,
        String query,
        List<String> properties,
        int limit,
        int after) {

    static final int MAX_RESULTS = 10_000;

    record Filter(
            String propertyName,
            String operator,
            String value,
            String highValue,
            List<String> values) {}

    @SuppressWarnings("unchecked")
    static SearchRequest parse(Map<String, Object> body) {
        List<List<Filter>> groups = new ArrayList<>();
        int total = 0;
        for (Object group : list(body.get("filterGroups"))) {
            List<Filter> filters = new ArrayList<>();
            for (Object item : list(Inputs.object(group, "filterGroup").get("filters"))) {
                Map<String, Object> f = Inputs.object(item, "filter");
                List<String> values = list(f.get("values")).stream().map(String::valueOf).toList();
                filters.add(
                        new Filter(
                                Inputs.string(f, "propertyName"),
                                Inputs.string(f, "operator"),
                                text(f.get("value")),
                                text(f.get("highValue")),
                                values));
            }
            if (filters.size() > 6) {
                throw HubSpotException.badRequest(
                        "Too many filters in a filter group: "
                                + filters.size()
                                + ". The maximum is 6.");
            }
            total += filters.size();
            groups.add(filters);
        }
        if (groups.size() > 5 || total > 18) {
            throw HubSpotException.badRequest(
                    "Too many filter groups or filters: "
                            + groups.size()
                            + " groups and "
                            + total
                            + " filters. The maximum is 5 groups and 18 filters.");
        }
        String sortProperty = null;
        boolean descending = false;
        List<Object> sorts = list(body.get("sorts"));
        if (!sorts.isEmpty()) {
            Object sort = sorts.getFirst();
            if (sort instanceof Map<?, ?> m) {
                sortProperty = String.valueOf(m.get("propertyName"));
                descending = "DESCENDING".equals(m.get("direction"));
            } else {
                sortProperty = String.valueOf(sort);
            }
        }
        int limit = body.get("limit") == null ? 10 : Integer.parseInt(text(body.get("limit")));
        int after =
                body.get("after") == null || text(body.get("after")).isBlank()
                        ? 0
                        : Integer.parseInt(text(body.get("after")).strip());
        if (limit < 1 || limit > 200) {
            throw HubSpotException.badRequest("limit must be between 1 and 200, got " + limit);
        }
        if (after + limit > MAX_RESULTS) {
            throw HubSpotException.badRequest(
                    "The search API returns at most "
                            + MAX_RESULTS
                            + " results per query; after="
                            + after
                            + " with limit="
                            + limit
                            + " exceeds it. Narrow the query instead of paging further.");
        }
        String query = body.get("query") == null ? null : text(body.get("query"));
        if (query != null && query.length() > 3000) {
            throw HubSpotException.badRequest("query must be at most 3000 characters long");
        }
        List<String> properties =
                list(body.get("properties")).stream().map(String::valueOf).toList();
        return new SearchRequest(groups, sortProperty, descending, query, properties, limit, after);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw HubSpotException.badRequest("Invalid input JSON: expected an array");
        }
        return (List<Object>) value;
    }

    private static String text(Object value) {
        return value == null
                ? null
                : value instanceof java.math.BigDecimal d
                        ? d.toPlainString()
                        : String.valueOf(value);
    }
}
