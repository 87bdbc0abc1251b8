package io.crmsync.metrics;

import io.crmsync.base.ExternalSystem;
import java.util.Locale;

/** Tag values: lower case, as Prometheus labels usually are. */
final class Tags {

    private Tags() {}

    static String side(ExternalSystem system) {
        return lower(system.name());
    }

    /** {@code salesforce_to_hubspot} or {@code hubspot_to_salesforce}. */
    static String direction(ExternalSystem source) {
        return side(source) + "_to_" + side(source.other());
    }

    static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }
}
