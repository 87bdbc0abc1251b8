package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.soql.QueryEngine;
import io.crmsync.sandbox.salesforce.soql.SoqlException;
import io.crmsync.sandbox.salesforce.soql.SoqlParser;
import io.crmsync.sandbox.salesforce.soql.SoqlQuery;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /query}, {@code /queryAll} and the {@code /query/{locator}-{offset}} pages that follow
 * them. Pages hold 2,000 rows unless {@code Sforce-Query-Options: batchSize=N} (200 to 2,000) asks
 * otherwise.
 */
@RestController("salesforceQueryController")
class QueryController {

    private static final Pattern BATCH_SIZE = Pattern.compile("batchSize\\s*=\\s*(\\d+)");

    private final QueryEngine engine;
    private final SettingsHolder settings;
    private final QueryLocators locators;

    QueryController(QueryEngine engine, SettingsHolder settings, QueryLocators locators) {
        this.engine = engine;
        this.settings = settings;
        this.locators = locators;
    }

    @GetMapping({SalesforcePaths.DATA + "/query", SalesforcePaths.DATA + "/query/"})
    ResponseEntity<Object> query(
            @PathVariable String version,
            @RequestParam String q,
            @RequestHeader(name = "Sforce-Query-Options", required = false) String options) {
        return run(version, q, options, false);
    }

    @GetMapping({SalesforcePaths.DATA + "/queryAll", SalesforcePaths.DATA + "/queryAll/"})
    ResponseEntity<Object> queryAll(
            @PathVariable String version,
            @RequestParam String q,
            @RequestHeader(name = "Sforce-Query-Options", required = false) String options) {
        return run(version, q, options, true);
    }

    @GetMapping({
        SalesforcePaths.DATA + "/query/{locator}",
        SalesforcePaths.DATA + "/queryAll/{locator}"
    })
    ResponseEntity<Object> more(@PathVariable String version, @PathVariable String locator) {
        return ok(locators.page(locator, version));
    }

    /** A query of a {@code /composite} subrequest, with the default page size. */
    ResponseEntity<Object> subrequest(String version, String soql, boolean includeDeleted) {
        return run(version, soql, null, includeDeleted);
    }

    /** A next page of a {@code /composite} subrequest. */
    ResponseEntity<Object> subrequestPage(String version, String locator) {
        return more(version, locator);
    }

    private ResponseEntity<Object> run(
            String version, String soql, String options, boolean includeDeleted) {
        SoqlQuery query;
        List<SfRecord> records;
        try {
            query = SoqlParser.parse(soql);
            records = engine.find(query, settings.catalog(), includeDeleted);
        } catch (SoqlException e) {
            throw SfApiException.badRequest(e.errorCode(), e.getMessage());
        }
        if (query.count()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("totalSize", records.size());
            body.put("done", true);
            body.put("records", List.of());
            return ok(body);
        }
        return ok(locators.first(query, records, batchSize(options), version));
    }

    private static int batchSize(String options) {
        Matcher matcher = BATCH_SIZE.matcher(options == null ? "" : options);
        if (!matcher.find()) {
            return 2000;
        }
        return Math.max(200, Math.min(2000, Integer.parseInt(matcher.group(1))));
    }

    private static ResponseEntity<Object> ok(Object body) {
        return ResponseEntity.ok().contentType(SalesforceErrorAdvice.JSON).body(body);
    }
}
