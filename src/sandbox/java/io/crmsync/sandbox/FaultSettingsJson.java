package io.crmsync.sandbox;

import java.util.Map;
import java.util.Set;

/**
 * {@link FaultSettings} from the admin API's JSON, where a setting left out keeps its value in
 * {@link FaultSettings#NONE}.
 */
final class FaultSettingsJson {

    private static final Set<String> NAMES =
            Set.of(
                    "latencyMillis",
                    "jitterMillis",
                    "rate429",
                    "rate500",
                    "rate503",
                    "timeoutRate",
                    "timeoutMillis",
                    "malformedJsonRate",
                    "connectionResetRate",
                    "outage",
                    "lostAfterWriteRate");

    private FaultSettingsJson() {}

    static FaultSettings read(Map<String, Object> json) {
        Map<String, Object> given = json == null ? Map.of() : json;
        given.keySet().stream()
                .filter(name -> !NAMES.contains(name))
                .findFirst()
                .ifPresent(
                        name -> {
                            throw new FaultSettingsRejected(
                                    name, "There is no fault setting " + name + ".");
                        });
        FaultSettings none = FaultSettings.NONE;
        return new FaultSettings(
                whole(given, "latencyMillis", none.latencyMillis()),
                whole(given, "jitterMillis", none.jitterMillis()),
                share(given, "rate429"),
                share(given, "rate500"),
                share(given, "rate503"),
                share(given, "timeoutRate"),
                whole(given, "timeoutMillis", none.timeoutMillis()),
                share(given, "malformedJsonRate"),
                share(given, "connectionResetRate"),
                Boolean.TRUE.equals(given.get("outage")),
                share(given, "lostAfterWriteRate"));
    }

    private static long whole(Map<String, Object> given, String name, long otherwise) {
        Number value = number(given, name);
        return value == null ? otherwise : value.longValue();
    }

    private static double share(Map<String, Object> given, String name) {
        Number value = number(given, name);
        return value == null ? 0 : value.doubleValue();
    }

    private static Number number(Map<String, Object> given, String name) {
        Object value = given.get(name);
        if (value == null || value instanceof Number) {
            return (Number) value;
        }
        throw new FaultSettingsRejected(name, "Enter a number.");
    }
}
