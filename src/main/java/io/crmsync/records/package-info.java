/**
 * The Records page: one record of a synced object read live from both CRMs, with its link, its
 * associations, its story and Sync now.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package io.crmsync.records;
