package io.crmsync.sandbox.salesforce.soql;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.FieldType;
import io.crmsync.sandbox.salesforce.soql.SoqlQuery.Comparison;
import io.crmsync.sandbox.salesforce.soql.SoqlQuery.Condition;
import io.crmsync.sandbox.salesforce.soql.SoqlQuery.Literal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Evaluates WHERE conditions against one record's values. The literals' comparable forms are kept
 * in a map shared by every record of one query: an {@code IN} of 200 emails over 100,000 contacts
 * would otherwise convert each literal once per record.
 */
final class Conditions {

    /** A value and the field it came from, for a path of the condition. */
    record Resolved(Object value, FieldDef field) {}

    private final Function<SoqlQuery.Path, Resolved> resolver;
    private final LocalDate today;
    private final Map<Literal, Comparable<?>> literals;

    /**
     * @param literals the comparable form of each literal of this query, filled as they are met;
     *     one literal always compares with the same field within a query
     */
    Conditions(
            Function<SoqlQuery.Path, Resolved> resolver,
            LocalDate today,
            Map<Literal, Comparable<?>> literals) {
        this.resolver = resolver;
        this.today = today;
        this.literals = literals;
    }

    /** A map for {@link #Conditions}'s literals: one per query, by identity. */
    static Map<Literal, Comparable<?>> literalCache() {
        return new IdentityHashMap<>();
    }

    boolean test(Condition condition) {
        return switch (condition) {
            case SoqlQuery.And and -> and.parts().stream().allMatch(this::test);
            case SoqlQuery.Or or -> or.parts().stream().anyMatch(this::test);
            case SoqlQuery.Not not -> !test(not.part());
            case SoqlQuery.In in -> {
                Resolved resolved = resolver.apply(in.path());
                Comparable<?> actual = Values.stored(resolved.value(), resolved.field());
                boolean any = false;
                for (Literal value : in.values()) {
                    if (compare(actual, resolved.field(), "=", value)) {
                        any = true;
                        break;
                    }
                }
                yield in.negated() != any;
            }
            case Comparison c -> {
                Resolved resolved = resolver.apply(c.path());
                yield compare(
                        Values.stored(resolved.value(), resolved.field()),
                        resolved.field(),
                        c.op(),
                        c.value());
            }
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private boolean compare(Comparable actual, FieldDef field, String op, Literal literal) {
        if (literal.kind() == Literal.Kind.NULL) {
            return op.equals("=") ? actual == null : op.equals("!=") && actual != null;
        }
        if (actual == null) {
            return op.equals("!=");
        }
        if (literal.kind() == Literal.Kind.DATE_FUNCTION) {
            return inRange(actual, field, op, literal);
        }
        if (op.equals("LIKE")) {
            return like(actual.toString(), literal.text());
        }
        Comparable expected = literals.computeIfAbsent(literal, l -> Values.literal(l, field));
        int order = actual.compareTo(expected);
        return switch (op) {
            case "=" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }

    private boolean inRange(Object actual, FieldDef field, String op, Literal literal) {
        LocalDate date =
                field.type() == FieldType.DATETIME
                        ? ((java.time.Instant) actual).atZone(ZoneOffset.UTC).toLocalDate()
                        : (LocalDate) actual;
        LocalDate from;
        LocalDate to;
        switch (literal.text()) {
            case "YESTERDAY" -> from = to = today.minusDays(1);
            case "TOMORROW" -> from = to = today.plusDays(1);
            case "LAST_N_DAYS" -> {
                from = today.minusDays(literal.amount());
                to = today;
            }
            case "NEXT_N_DAYS" -> {
                from = today.plusDays(1);
                to = today.plusDays(literal.amount());
            }
            case "THIS_MONTH" -> {
                from = today.withDayOfMonth(1);
                to = from.plusMonths(1).minusDays(1);
            }
            case "LAST_MONTH" -> {
                from = today.withDayOfMonth(1).minusMonths(1);
                to = today.withDayOfMonth(1).minusDays(1);
            }
            case "THIS_WEEK" -> {
                from = today.minusDays(today.getDayOfWeek().getValue() % 7);
                to = from.plusDays(6);
            }
            case "LAST_WEEK" -> {
                from = today.minusDays(today.getDayOfWeek().getValue() % 7 + 7);
                to = from.plusDays(6);
            }
            default -> from = to = today;
        }
        return switch (op) {
            case "=" -> !date.isBefore(from) && !date.isAfter(to);
            case "!=" -> date.isBefore(from) || date.isAfter(to);
            case "<" -> date.isBefore(from);
            case "<=" -> !date.isAfter(to);
            case ">" -> date.isAfter(to);
            default -> !date.isBefore(from);
        };
    }

    static boolean like(String value, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(
                    switch (c) {
                        case '%' -> ".*";
                        case '_' -> ".";
                        default -> Pattern.quote(String.valueOf(c));
                    });
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                .matcher(value)
                .matches();
    }
}
