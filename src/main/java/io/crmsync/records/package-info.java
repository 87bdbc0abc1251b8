/**
 * The Records page: one contact found by email or id, read live from both CRMs, with its link,
 * field by field differences, provenance, errors and skipped fields, and "Sync now". The engine
 * inspects the record ({@code RecordInspector}, its named interface); this module checks roles,
 * audits and shows it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package io.crmsync.records;
