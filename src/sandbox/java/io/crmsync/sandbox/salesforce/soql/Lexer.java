package io.crmsync.sandbox.salesforce.soql;

import java.util.ArrayList;
import java.util.List;

/** Splits SOQL into tokens. Words include dotted paths and date-time literals. */
final class Lexer {

    private Lexer() {}

    static List<Token> tokens(String soql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < soql.length()) {
            char c = soql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                i = string(soql, i, tokens);
            } else if (c == ',' || c == '(' || c == ')' || c == ':') {
                Token.Kind kind =
                        switch (c) {
                            case ',' -> Token.Kind.COMMA;
                            case '(' -> Token.Kind.LPAREN;
                            case ')' -> Token.Kind.RPAREN;
                            default -> Token.Kind.COLON;
                        };
                tokens.add(new Token(kind, String.valueOf(c), i++));
            } else if ("=<>!".indexOf(c) >= 0) {
                int start = i++;
                if (i < soql.length()
                        && (soql.charAt(i) == '=' || (c == '<' && soql.charAt(i) == '>'))) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.OPERATOR, soql.substring(start, i), start));
            } else if (Character.isDigit(c)
                    || ((c == '-' || c == '+')
                            && i + 1 < soql.length()
                            && Character.isDigit(soql.charAt(i + 1)))) {
                int start = i++;
                while (i < soql.length()
                        && (Character.isLetterOrDigit(soql.charAt(i))
                                || ".:-+".indexOf(soql.charAt(i)) >= 0)) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.NUMBER, soql.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < soql.length()
                        && (Character.isLetterOrDigit(soql.charAt(i))
                                || soql.charAt(i) == '_'
                                || soql.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.WORD, soql.substring(start, i), start));
            } else {
                throw new SoqlException("MALFORMED_QUERY", "unexpected token: " + c);
            }
        }
        tokens.add(new Token(Token.Kind.EOF, "<EOF>", soql.length()));
        return tokens;
    }

    private static int string(String soql, int start, List<Token> tokens) {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < soql.length() && soql.charAt(i) != '\'') {
            char c = soql.charAt(i);
            if (c == '\\' && i + 1 < soql.length()) {
                char next = soql.charAt(++i);
                value.append(
                        switch (next) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> next;
                        });
            } else {
                value.append(c);
            }
            i++;
        }
        if (i >= soql.length()) {
            throw SoqlException.at(
                    "MALFORMED_QUERY",
                    soql,
                    start,
                    "line 1:" + start + " mismatched character '<EOF>' expecting '''");
        }
        tokens.add(new Token(Token.Kind.STRING, value.toString(), start));
        return i + 1;
    }
}
