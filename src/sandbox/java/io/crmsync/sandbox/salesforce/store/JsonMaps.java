package io.crmsync.sandbox.salesforce.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON objects whose keys keep the order given, as the real API writes them. */
public final class JsonMaps {

    private JsonMaps() {}

    /** An ordered map from alternating keys and values. */
    public static Map<String, Object> of(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
