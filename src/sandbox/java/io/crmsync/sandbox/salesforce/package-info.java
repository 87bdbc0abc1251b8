/**
 * The Salesforce sandbox: a stateful simulator of the Salesforce REST API v62.0 (any {@code vNN.0}
 * from v31.0) served under {@code /sandbox/salesforce}, which is the instance URL a connector is
 * given.
 *
 * <ul>
 *   <li>OAuth: {@code POST /services/oauth2/token} (client credentials, refresh token,
 *       authorization code with PKCE) and {@code GET /services/oauth2/authorize}. The connected app
 *       is {@code crmsync.sandbox.salesforce.client-id} / {@code client-secret}, by default {@code
 *       crmsync-sandbox-client} / {@code crmsync-sandbox-secret}.
 *   <li>REST: versions, limits, describe, SOQL query/queryAll with paging, single-record CRUD and
 *       upsert, sObject Collections, updated/deleted; validation as the real org does it.
 *   <li>Change events: {@code GET /sandbox/salesforce/events/data/{channel}?replayId=N}.
 *   <li>People and admins: {@link io.crmsync.sandbox.salesforce.SalesforceSandbox}, also over HTTP
 *       under {@code /sandbox/salesforce/_admin} with the header {@code X-Sandbox-Admin-Key}
 *       ({@code crmsync.sandbox.admin-key}, default {@code sandbox-admin}).
 * </ul>
 *
 * <p>Records live in memory and are written through to the {@code sbx_sf_*} tables (ADR 010).
 */
package io.crmsync.sandbox.salesforce;
