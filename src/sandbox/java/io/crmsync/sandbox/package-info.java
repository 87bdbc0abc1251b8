/**
 * Built-in, wire-faithful simulators of the Salesforce REST API and the HubSpot CRM API. They serve
 * real HTTP under {@code /sandbox/salesforce} and {@code /sandbox/hubspot}, keep their state in
 * their own MariaDB tables, and run either inside the app ({@link
 * io.crmsync.sandbox.SandboxAutoConfiguration}) or as their own process ({@link
 * io.crmsync.sandbox.SandboxServer}).
 *
 * <p>Nothing outside this package may depend on it: the rest of crmsync reaches a sandbox only over
 * HTTP, exactly as it reaches the real services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sandboxes")
package io.crmsync.sandbox;
