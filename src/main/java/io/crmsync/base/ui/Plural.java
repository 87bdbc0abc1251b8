package io.crmsync.base.ui;

/** A count with its noun in the right number: "1 record", "2 records", "1,250 records". */
public final class Plural {

    private Plural() {}

    public static String of(long count, String one, String many) {
        return "%,d %s".formatted(count, count == 1 ? one : many);
    }
}
