package io.crmsync.sandbox.salesforce;

/**
 * Who writes and how.
 *
 * @param userId the user recorded as last modifier
 * @param client the {@code Sforce-Call-Options} client, or null
 * @param integration whether the write came through the API (read-only fields and lock faults
 *     apply)
 * @param allowDuplicates {@code Sforce-Duplicate-Rule-Header: allowSave=true}
 * @param bypassValidation write as data that predates the org's rules (demo data)
 */
record WriteContext(
        String userId,
        String client,
        boolean integration,
        boolean allowDuplicates,
        boolean bypassValidation) {}
