package io.crmsync.sync.engine;

import io.crmsync.spi.FieldSchema;
import io.crmsync.sync.FieldMapping;

/**
 * A mapping resolved against both schemas for one Salesforce object: the HubSpot property, the
 * Salesforce field of that object (a lead's {@code City} for a contact's {@code MailingCity}).
 */
record MappedField(FieldMapping mapping, FieldSchema hubSpot, FieldSchema salesforce) {

    String property() {
        return hubSpot.name();
    }

    String salesforceName() {
        return salesforce.name();
    }

    boolean isState() {
        return salesforceName().endsWith("State");
    }

    boolean isCountry() {
        return salesforceName().endsWith("Country");
    }

    /**
     * The address prefix of a state or country field: {@code Mailing} on contacts, none on leads.
     */
    String addressPrefix() {
        String name = salesforceName();
        return name.substring(
                0, name.length() - (isState() ? "State".length() : "Country".length()));
    }
}
