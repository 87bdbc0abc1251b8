/**
 * API call accounting and the governor: every connector call is counted per side, object, operation
 * and minute; the Salesforce allocation and the CRMs' own daily limits decide when retries stop and
 * when non-urgent work waits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API budget")
package io.crmsync.budget;
