package io.crmsync.sandbox.salesforce.soql;

import io.crmsync.sandbox.salesforce.soql.SoqlQuery.Condition;
import io.crmsync.sandbox.salesforce.soql.SoqlQuery.Literal;
import io.crmsync.sandbox.salesforce.soql.SoqlQuery.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A recursive-descent parser for the SOQL subset the sandbox serves. */
public final class SoqlParser {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATETIME =
            Pattern.compile(
                    "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Set<String> DATE_FUNCTIONS =
            Set.of(
                    "TODAY",
                    "YESTERDAY",
                    "TOMORROW",
                    "LAST_N_DAYS",
                    "NEXT_N_DAYS",
                    "THIS_WEEK",
                    "THIS_MONTH",
                    "LAST_WEEK",
                    "LAST_MONTH");
    private static final Set<String> RESERVED =
            Set.of(
                    "SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "ORDER", "BY", "LIMIT", "OFFSET",
                    "IN", "LIKE", "NULL", "ASC", "DESC", "NULLS");

    private final String soql;
    private final List<Token> tokens;
    private int next;

    private SoqlParser(String soql) {
        this.soql = soql;
        this.tokens = Lexer.tokens(soql);
    }

    public static SoqlQuery parse(String soql) {
        return new SoqlParser(soql).query();
    }

    /** Parses a bare condition, as used by validation rules. */
    public static Condition parseCondition(String condition) {
        SoqlParser parser = new SoqlParser(condition);
        Condition parsed = parser.or();
        parser.expectEnd();
        return parsed;
    }

    private SoqlQuery query() {
        SoqlQuery query = select();
        expectEnd();
        return query;
    }

    /** A SELECT statement, also as a parenthesised child subquery (which ends before its ')'). */
    private SoqlQuery select() {
        if (!peek().is("SELECT")) {
            throw new SoqlException("MALFORMED_QUERY", "unexpected token: " + peek().text());
        }
        next++;
        List<Path> fields = new ArrayList<>();
        List<SoqlQuery> subqueries = new ArrayList<>();
        boolean count = false;
        if (peek().is("COUNT") && tokens.get(next + 1).kind() == Token.Kind.LPAREN) {
            next += 2;
            expect(Token.Kind.RPAREN);
            count = true;
        } else {
            do {
                if (acceptKind(Token.Kind.LPAREN)) {
                    subqueries.add(select());
                    expect(Token.Kind.RPAREN);
                } else {
                    fields.add(path());
                }
            } while (acceptKind(Token.Kind.COMMA));
        }
        if (!peek().is("FROM")) {
            throw unexpected();
        }
        next++;
        Token object = expect(Token.Kind.WORD);
        Condition where = null;
        if (accept("WHERE")) {
            where = or();
        }
        List<SoqlQuery.Order> orderBy = new ArrayList<>();
        if (accept("ORDER")) {
            if (!accept("BY")) {
                throw unexpected();
            }
            do {
                orderBy.add(order());
            } while (acceptKind(Token.Kind.COMMA));
        }
        Integer limit = accept("LIMIT") ? integer() : null;
        Integer offset = accept("OFFSET") ? integer() : null;
        return new SoqlQuery(
                soql,
                fields,
                count,
                object.text(),
                object.position(),
                where,
                orderBy,
                limit,
                offset,
                subqueries);
    }

    private SoqlQuery.Order order() {
        Path path = path();
        boolean ascending = !accept("DESC");
        if (ascending) {
            accept("ASC");
        }
        boolean nullsFirst = ascending;
        if (accept("NULLS")) {
            if (accept("FIRST")) {
                nullsFirst = true;
            } else if (accept("LAST")) {
                nullsFirst = false;
            } else {
                throw unexpected();
            }
        }
        return new SoqlQuery.Order(path, ascending, nullsFirst);
    }

    private Condition or() {
        List<Condition> parts = new ArrayList<>(List.of(and()));
        while (accept("OR")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.getFirst() : new SoqlQuery.Or(parts);
    }

    private Condition and() {
        List<Condition> parts = new ArrayList<>(List.of(unary()));
        while (accept("AND")) {
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.getFirst() : new SoqlQuery.And(parts);
    }

    private Condition unary() {
        if (accept("NOT")) {
            return new SoqlQuery.Not(unary());
        }
        if (acceptKind(Token.Kind.LPAREN)) {
            Condition inner = or();
            expect(Token.Kind.RPAREN);
            return inner;
        }
        return comparison();
    }

    private Condition comparison() {
        Path path = path();
        Token op = peek();
        if (op.is("IN") || op.is("NOT")) {
            next++;
            boolean negated = op.is("NOT");
            if (negated && !accept("IN")) {
                throw unexpected();
            }
            expect(Token.Kind.LPAREN);
            List<Literal> values = new ArrayList<>(List.of(literal()));
            while (acceptKind(Token.Kind.COMMA)) {
                values.add(literal());
            }
            expect(Token.Kind.RPAREN);
            return new SoqlQuery.In(path, negated, values);
        }
        if (op.is("LIKE")) {
            next++;
            return new SoqlQuery.Comparison(path, "LIKE", literal());
        }
        if (op.kind() != Token.Kind.OPERATOR || op.text().equals("!")) {
            throw unexpected();
        }
        next++;
        String symbol = op.text().equals("<>") ? "!=" : op.text();
        return new SoqlQuery.Comparison(path, symbol, literal());
    }

    private Literal literal() {
        Token token = tokens.get(next++);
        return switch (token.kind()) {
            case STRING -> new Literal(Literal.Kind.STRING, token.text(), 0);
            case NUMBER -> numberLike(token);
            case WORD -> word(token);
            default -> throw unexpected(token);
        };
    }

    private Literal numberLike(Token token) {
        if (DATETIME.matcher(token.text()).matches()) {
            return new Literal(Literal.Kind.DATETIME, token.text(), 0);
        }
        if (DATE.matcher(token.text()).matches()) {
            return new Literal(Literal.Kind.DATE, token.text(), 0);
        }
        if (NUMBER.matcher(token.text()).matches()) {
            return new Literal(Literal.Kind.NUMBER, token.text(), 0);
        }
        throw unexpected(token);
    }

    private Literal word(Token token) {
        String upper = token.text().toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("NULL")) {
            return new Literal(Literal.Kind.NULL, null, 0);
        }
        if (upper.equals("TRUE") || upper.equals("FALSE")) {
            return new Literal(Literal.Kind.BOOLEAN, upper.toLowerCase(java.util.Locale.ROOT), 0);
        }
        if (DATE_FUNCTIONS.contains(upper)) {
            int amount = 0;
            if (upper.endsWith("_N_DAYS")) {
                expect(Token.Kind.COLON);
                amount = integer();
            }
            return new Literal(Literal.Kind.DATE_FUNCTION, upper, amount);
        }
        throw unexpected(token);
    }

    private Path path() {
        Token token = peek();
        if (token.kind() != Token.Kind.WORD
                || RESERVED.contains(token.text().toUpperCase(java.util.Locale.ROOT))) {
            throw unexpected();
        }
        next++;
        return new Path(Arrays.asList(token.text().split("\\.")), token.position());
    }

    private int integer() {
        Token token = expect(Token.Kind.NUMBER);
        try {
            return Integer.parseInt(token.text());
        } catch (NumberFormatException e) {
            throw unexpected(token);
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private boolean accept(String keyword) {
        if (peek().is(keyword)) {
            next++;
            return true;
        }
        return false;
    }

    private boolean acceptKind(Token.Kind kind) {
        if (peek().kind() == kind) {
            next++;
            return true;
        }
        return false;
    }

    private Token expect(Token.Kind kind) {
        Token token = peek();
        if (token.kind() != kind) {
            throw unexpected();
        }
        next++;
        return token;
    }

    private void expectEnd() {
        if (peek().kind() != Token.Kind.EOF) {
            throw unexpected();
        }
    }

    private SoqlException unexpected() {
        return unexpected(peek());
    }

    private SoqlException unexpected(Token token) {
        return SoqlException.at(
                "MALFORMED_QUERY",
                soql,
                token.position(),
                "unexpected token: "
                        + (token.kind() == Token.Kind.STRING
                                ? "'" + token.text() + "'"
                                : token.text()));
    }
}
