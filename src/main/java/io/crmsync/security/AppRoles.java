package io.crmsync.security;

/**
 * The three roles, and the expressions that services use to check them. Roles are not hierarchical:
 * every check names each role it admits, so that reading an annotation tells the whole story.
 */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String VIEWER = "VIEWER";

    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_EDITOR_OR_ADMIN = "hasAnyRole('ADMIN','EDITOR')";
    public static final String IS_ANY_ROLE = "hasAnyRole('ADMIN','EDITOR','VIEWER')";

    /**
     * The only role of a user who signed in with a temporary password: it admits the change of that
     * password and nothing else, on every path into the app.
     */
    public static final String PASSWORD_CHANGE_PENDING = "PASSWORD_CHANGE_PENDING";

    public static final String PASSWORD_CHANGE_PENDING_AUTHORITY =
            "ROLE_" + PASSWORD_CHANGE_PENDING;

    public static final String IS_SIGNED_IN = "isFullyAuthenticated()";

    private AppRoles() {}
}
