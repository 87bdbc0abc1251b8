package io.crmsync.sandbox.salesforce.soql;

import java.util.List;

/**
 * A parsed SOQL statement.
 *
 * @param fields selected field paths; empty for {@code SELECT COUNT()}
 * @param where the condition, or null
 * @param limit the row limit, or null
 * @param offset the rows to skip, or null
 * @param subqueries child relationship queries such as {@code (SELECT Id FROM Contacts)}
 */
public record SoqlQuery(
        String soql,
        List<Path> fields,
        boolean count,
        String object,
        int objectPosition,
        Condition where,
        List<Order> orderBy,
        Integer limit,
        Integer offset,
        List<SoqlQuery> subqueries) {

    /** A field reference such as {@code Account.Owner.Name}, with its offset in the query. */
    public record Path(List<String> parts, int position) {
        String text() {
            return String.join(".", parts);
        }
    }

    public record Order(Path path, boolean ascending, boolean nullsFirst) {}

    /** A WHERE condition. */
    public sealed interface Condition {}

    public record And(List<Condition> parts) implements Condition {}

    public record Or(List<Condition> parts) implements Condition {}

    public record Not(Condition part) implements Condition {}

    /** {@code path op value}; op is one of {@code = != < <= > >= LIKE}. */
    public record Comparison(Path path, String op, Literal value) implements Condition {}

    public record In(Path path, boolean negated, List<Literal> values) implements Condition {}

    /** A literal value: its kind and the token text (unquoted for strings). */
    public record Literal(Kind kind, String text, int amount) {
        public enum Kind {
            STRING,
            NUMBER,
            BOOLEAN,
            NULL,
            DATE,
            DATETIME,
            /** A relative date such as TODAY or LAST_N_DAYS:7; {@code amount} holds the n. */
            DATE_FUNCTION
        }
    }
}
