/**
 * A stateful simulator of the HubSpot CRM API (v3 objects, v4 associations, Lists v3, webhooks)
 * under {@code /sandbox/hubspot}. {@link io.crmsync.sandbox.hubspot.HubSpotSandbox} is its Java
 * facade for the sandbox console.
 */
package io.crmsync.sandbox.hubspot;
