package io.crmsync.sandbox.salesforce.soql;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.schema.SchemaCatalog;
import io.crmsync.sandbox.salesforce.soql.Conditions.Resolved;
import io.crmsync.sandbox.salesforce.soql.SoqlQuery.Condition;
import io.crmsync.sandbox.salesforce.soql.SoqlQuery.Path;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Runs parsed SOQL against the record store and shapes the rows as the REST API does. */
@Component("salesforceQueryEngine")
public class QueryEngine {

    private final RecordStore store;
    private final Clock clock;

    QueryEngine(RecordStore store, ObjectProvider<Clock> clock) {
        this.store = store;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The matching records, sorted, offset and limited. */
    public List<SfRecord> find(SoqlQuery query, SchemaCatalog catalog, boolean includeDeleted) {
        ObjectDef def =
                catalog.object(query.object())
                        .orElseThrow(
                                () ->
                                        SoqlException.at(
                                                "INVALID_TYPE",
                                                query.soql(),
                                                query.objectPosition(),
                                                "sObject type '"
                                                        + query.object()
                                                        + "' is not supported. If you are"
                                                        + " attempting to use a custom object, be"
                                                        + " sure to append the '__c' after the"
                                                        + " entity name. Please reference your WSDL"
                                                        + " or the describe call for the"
                                                        + " appropriate names."));
        validateSelect(query, def, catalog);
        if (query.offset() != null && query.offset() > 2000) {
            throw new SoqlException(
                    "NUMBER_OUTSIDE_VALID_RANGE", "Maximum SOQL offset allowed is 2000");
        }
        return filter(query, def, catalog, store.all(def.name()), includeDeleted);
    }

    private void validateSelect(SoqlQuery query, ObjectDef def, SchemaCatalog catalog) {
        PathResolver paths = new PathResolver(query.soql(), catalog, store);
        query.fields().forEach(path -> paths.field(def, path));
        query.orderBy().forEach(order -> paths.field(def, order.path()));
        validate(paths, def, query.where());
        for (SoqlQuery subquery : query.subqueries()) {
            validateSelect(subquery, relation(def, subquery, catalog).child(), catalog);
        }
    }

    private List<SfRecord> filter(
            SoqlQuery query,
            ObjectDef def,
            SchemaCatalog catalog,
            Iterable<SfRecord> candidates,
            boolean includeDeleted) {
        PathResolver paths = new PathResolver(query.soql(), catalog, store);
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        var literals = Conditions.literalCache();
        Predicate<SfRecord> where =
                query.where() == null
                        ? r -> true
                        : r -> conditions(paths, def, r, today, literals).test(query.where());
        List<SfRecord> rows = new ArrayList<>();
        for (SfRecord record : candidates) {
            if ((includeDeleted || !record.deleted()) && where.test(record)) {
                rows.add(record);
            }
        }
        if (!query.orderBy().isEmpty()) {
            rows.sort(comparator(paths, def, query.orderBy()));
        }
        int from = Math.min(rows.size(), query.offset() == null ? 0 : query.offset());
        int to = query.limit() == null ? rows.size() : Math.min(rows.size(), from + query.limit());
        return rows.subList(from, to);
    }

    private static SchemaCatalog.ChildRelationship relation(
            ObjectDef parent, SoqlQuery subquery, SchemaCatalog catalog) {
        String[] parts = subquery.object().split("\\.");
        String name = parts[parts.length - 1];
        return catalog.child(parent, name)
                .orElseThrow(
                        () ->
                                SoqlException.at(
                                        "INVALID_TYPE",
                                        subquery.soql(),
                                        subquery.objectPosition(),
                                        "Didn't understand relationship '"
                                                + name
                                                + "' in FROM part of query call. If you are"
                                                + " attempting to use a custom relationship, be"
                                                + " sure to append the '__r' after the custom"
                                                + " relationship name. Please reference your WSDL"
                                                + " or the describe call for the appropriate"
                                                + " names."));
    }

    /** A record as the query returns it: {@code attributes}, then the selected fields in order. */
    public Map<String, Object> shape(
            SoqlQuery query, SchemaCatalog catalog, SfRecord record, String version) {
        ObjectDef def = catalog.object(record.type()).orElseThrow();
        PathResolver paths = new PathResolver(query.soql(), catalog, store);
        Map<String, Object> row = attributes(record, version);
        for (Path path : query.fields()) {
            paths.put(row, def, record, path.parts(), version);
        }
        for (SoqlQuery subquery : query.subqueries()) {
            SchemaCatalog.ChildRelationship relation = relation(def, subquery, catalog);
            String fk = relation.field().name();
            List<SfRecord> children =
                    filter(
                            subquery,
                            relation.child(),
                            catalog,
                            store.all(relation.child().name()).stream()
                                    .filter(c -> record.id().equals(c.get(fk)))
                                    .toList(),
                            false);
            if (children.isEmpty()) {
                row.put(relation.name(), null);
            } else {
                Map<String, Object> nested = new LinkedHashMap<>();
                nested.put("totalSize", children.size());
                nested.put("done", true);
                nested.put(
                        "records",
                        children.stream().map(c -> shape(subquery, catalog, c, version)).toList());
                row.put(relation.name(), nested);
            }
        }
        return row;
    }

    static Map<String, Object> attributes(SfRecord record, String version) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(
                "attributes",
                SfRecord.attributes(
                        record.type(),
                        "/services/data/"
                                + version
                                + "/sobjects/"
                                + record.type()
                                + "/"
                                + record.id()));
        return row;
    }

    /** Whether a bare SOQL condition holds for a record, as validation rules use it. */
    public boolean matches(String condition, SchemaCatalog catalog, SfRecord record) {
        ObjectDef def = catalog.object(record.type()).orElseThrow();
        Condition parsed = SoqlParser.parseCondition(condition);
        PathResolver paths = new PathResolver(condition, catalog, store);
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        return conditions(paths, def, record, today, Conditions.literalCache()).test(parsed);
    }

    private void validate(PathResolver paths, ObjectDef def, Condition condition) {
        switch (condition) {
            case null -> {}
            case SoqlQuery.And and -> and.parts().forEach(p -> validate(paths, def, p));
            case SoqlQuery.Or or -> or.parts().forEach(p -> validate(paths, def, p));
            case SoqlQuery.Not not -> validate(paths, def, not.part());
            case SoqlQuery.In in -> paths.field(def, in.path());
            case SoqlQuery.Comparison c -> paths.field(def, c.path());
        }
    }

    private static Conditions conditions(
            PathResolver paths,
            ObjectDef def,
            SfRecord record,
            LocalDate today,
            Map<SoqlQuery.Literal, Comparable<?>> literals) {
        return new Conditions(
                path ->
                        new Resolved(
                                paths.value(def, record, path.parts()), paths.field(def, path)),
                today,
                literals);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Comparator<SfRecord> comparator(
            PathResolver paths, ObjectDef def, List<SoqlQuery.Order> orders) {
        Comparator<SfRecord> result = null;
        for (SoqlQuery.Order order : orders) {
            FieldDef field = paths.field(def, order.path());
            Comparator<Comparable> values = Comparator.naturalOrder();
            if (!order.ascending()) {
                values = values.reversed();
            }
            values =
                    order.nullsFirst()
                            ? Comparator.nullsFirst(values)
                            : Comparator.nullsLast(values);
            Comparator<SfRecord> next =
                    Comparator.comparing(
                            r -> Values.stored(paths.value(def, r, order.path().parts()), field),
                            values);
            result = result == null ? next : result.thenComparing(next);
        }
        return result;
    }
}
