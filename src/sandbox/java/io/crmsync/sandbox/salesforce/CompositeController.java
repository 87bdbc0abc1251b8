package io.crmsync.sandbox.salesforce;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /composite}: up to 25 subrequests in one call, which the org counts as one API call. The
 * sandbox answers query subrequests ({@code /query}, {@code /queryAll} and their next pages), the
 * ones crmsync sends; any other subrequest is answered with a clear error of its own. Subrequests
 * are answered in order, and with {@code allOrNone} the ones after a failure are halted.
 */
@RestController("salesforceCompositeController")
class CompositeController {

    static final int MAX_SUBREQUESTS = 25;

    private static final Pattern QUERY =
            Pattern.compile("/services/data/(v\\d+\\.\\d)/(query|queryAll)/?(?:/([^/?]+))?");

    private final QueryController queries;

    CompositeController(QueryController queries) {
        this.queries = queries;
    }

    record Subrequest(String method, String url, String referenceId) {}

    record CompositeRequest(Boolean allOrNone, List<Subrequest> compositeRequest) {}

    @PostMapping({SalesforcePaths.DATA + "/composite", SalesforcePaths.DATA + "/composite/"})
    ResponseEntity<Object> composite(
            @PathVariable String version, @RequestBody CompositeRequest body) {
        List<Subrequest> subrequests =
                body.compositeRequest() == null ? List.of() : body.compositeRequest();
        if (subrequests.isEmpty() || subrequests.size() > MAX_SUBREQUESTS) {
            throw SfApiException.badRequest(
                    "INVALID_INPUT",
                    "compositeRequest must hold between 1 and "
                            + MAX_SUBREQUESTS
                            + " subrequests, not "
                            + subrequests.size());
        }
        Set<String> references = new HashSet<>();
        for (Subrequest sub : subrequests) {
            if (sub.referenceId() == null || !references.add(sub.referenceId())) {
                throw SfApiException.badRequest(
                        "INVALID_INPUT", "Duplicate or missing referenceId: " + sub.referenceId());
            }
        }
        boolean allOrNone = Boolean.TRUE.equals(body.allOrNone());
        List<Map<String, Object>> answers = new ArrayList<>();
        boolean failed = false;
        for (Subrequest sub : subrequests) {
            ResponseEntity<Object> answer =
                    failed && allOrNone ? halted() : answer(sub.method(), sub.url());
            failed |= answer.getStatusCode().value() >= 400;
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("body", answer.getBody());
            one.put("httpHeaders", Map.of());
            one.put("httpStatusCode", answer.getStatusCode().value());
            one.put("referenceId", sub.referenceId());
            answers.add(one);
        }
        return ApiSupport.json(200, Map.of("compositeResponse", answers));
    }

    private ResponseEntity<Object> answer(String method, String url) {
        try {
            URI uri = URI.create(url == null ? "" : url);
            Matcher query = QUERY.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
            if (!"GET".equalsIgnoreCase(method) || !query.matches()) {
                return error(
                        400,
                        SfApiException.badRequest(
                                "NOT_SUPPORTED",
                                "The sandbox answers query subrequests only, not "
                                        + method
                                        + " "
                                        + url));
            }
            if (query.group(3) != null) {
                return queries.subrequestPage(query.group(1), query.group(3));
            }
            String soql = parameter(uri.getRawQuery(), "q");
            if (soql == null) {
                throw SfApiException.badRequest("MALFORMED_QUERY", "A query needs q");
            }
            return queries.subrequest(query.group(1), soql, "queryAll".equals(query.group(2)));
        } catch (SfApiException e) {
            return error(e.status(), e);
        } catch (IllegalArgumentException e) {
            return error(400, SfApiException.badRequest("MALFORMED_URL", e.getMessage()));
        }
    }

    private static ResponseEntity<Object> halted() {
        return error(
                400,
                SfApiException.badRequest(
                        "PROCESSING_HALTED",
                        "The transaction was rolled back since another operation in the same"
                                + " transaction failed."));
    }

    private static ResponseEntity<Object> error(int status, SfApiException e) {
        return ResponseEntity.status(status).body(e.body());
    }

    private static String parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
