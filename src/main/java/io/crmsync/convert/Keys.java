package io.crmsync.convert;

import java.text.Normalizer;
import java.util.Locale;

/** Lookup keys that ignore case, accents, punctuation and spacing. */
final class Keys {

    private Keys() {}

    /** {@code " Québec "} and {@code "quebec"} give the same key; {@code "U.S.A."} gives "usa". */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        String plain =
                Normalizer.normalize(text, Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}+", "")
                        .replaceAll("[.'’]", "")
                        .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return plain.strip().toLowerCase(Locale.ROOT);
    }
}
