package io.crmsync.sandbox.salesforce.soql;

/** A query the real API would refuse, with its error code and message. */
public class SoqlException extends RuntimeException {

    private final String errorCode;

    SoqlException(String errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }

    /** The real API's message form that points at a position in the query. */
    static SoqlException at(String code, String soql, int position, String message) {
        int row = 1;
        int lineStart = 0;
        for (int i = 0; i < position && i < soql.length(); i++) {
            if (soql.charAt(i) == '\n') {
                row++;
                lineStart = i + 1;
            }
        }
        int column = position - lineStart + 1;
        return new SoqlException(
                code,
                "\n"
                        + soql
                        + "\n"
                        + " ".repeat(column - 1)
                        + "^\nERROR at Row:"
                        + row
                        + ":Column:"
                        + column
                        + "\n"
                        + message);
    }
}
