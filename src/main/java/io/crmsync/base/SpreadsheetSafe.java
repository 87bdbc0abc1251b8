package io.crmsync.base;

/**
 * Keeps CRM values in a CSV file from being run as formulas by a spreadsheet (OWASP, "CSV
 * Injection"): a text starting with {@code = + - @}, a tab or a carriage return gets a leading
 * single quote. Every CSV crmsync writes also quotes each field.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    /** The value to write: a neutralised text, or the value itself when it is not text. */
    public static Object cell(Object value) {
        return value instanceof String text ? text(text) : value;
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
