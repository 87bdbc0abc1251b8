package io.crmsync.sandbox.salesforce.soql;

/** One lexical token of a SOQL statement; {@code position} is its 0-based offset. */
record Token(Kind kind, String text, int position) {

    enum Kind {
        WORD,
        STRING,
        NUMBER,
        OPERATOR,
        COMMA,
        LPAREN,
        RPAREN,
        COLON,
        EOF
    }

    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }
}
