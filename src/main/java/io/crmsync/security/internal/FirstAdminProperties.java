package io.crmsync.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The account created when there is none: {@code crmsync.security.first-admin.*}.
 *
 * @param password blank to generate one and print it once
 */
@ConfigurationProperties("crmsync.security.first-admin")
record FirstAdminProperties(String username, String password) {

    FirstAdminProperties {
        username = username == null ? "admin" : username;
        password = password == null ? "" : password;
    }
}
