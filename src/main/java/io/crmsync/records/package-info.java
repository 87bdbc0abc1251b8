/** The Records page: one contact read live from both CRMs, with its link, story and Sync now. */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package io.crmsync.records;
