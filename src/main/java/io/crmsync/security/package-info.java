/**
 * Users, roles, sign-in, lockout and the audit log. Other modules record their changes through
 * {@link io.crmsync.security.AuditLog} and read the signed-in user through {@link
 * io.crmsync.security.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package io.crmsync.security;
