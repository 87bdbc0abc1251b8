package io.crmsync.health;

import io.crmsync.base.ExternalSystem;

/**
 * Narrows the errors of a card.
 *
 * @param search part of the record's label or message, or one of its ids; blank for all
 * @param source only errors of changes from this side; null for both
 */
public record ErrorFilter(String search, ExternalSystem source) {

    public static final ErrorFilter NONE = new ErrorFilter(null, null);

    public ErrorFilter {
        search = search == null || search.isBlank() ? null : search.strip();
    }

    /** Whether it narrows nothing. */
    public boolean none() {
        return search == null && source == null;
    }
}
