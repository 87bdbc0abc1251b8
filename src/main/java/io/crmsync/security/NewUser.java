package io.crmsync.security;

/**
 * What an Admin enters to create a user. The user must change the initial password at first
 * sign-in.
 */
public record NewUser(String username, String displayName, Role role, String initialPassword) {}
