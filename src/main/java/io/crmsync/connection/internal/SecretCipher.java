package io.crmsync.connection.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts CRM secrets at rest with AES-256-GCM (Spring Security Crypto), keyed by {@code
 * crmsync.secret-key} or else by a random key kept in {@code secret.key} under the data directory.
 * See docs/adr/006-secrets-at-rest.md.
 */
@Component
@EnableConfigurationProperties(SecretProperties.class)
public class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    // Each value gets its own random IV; the salt only feeds the key derivation.
    private static final String SALT = "63726d73796e632d";

    private final TextEncryptor encryptor;

    SecretCipher(SecretProperties properties) {
        String key = properties.secretKey();
        String password =
                key.isBlank() ? keyFromFile(Path.of(properties.dataDir(), "secret.key")) : key;
        this.encryptor = Encryptors.delux(password, SALT);
    }

    public String encrypt(String secret) {
        return secret == null ? null : encryptor.encrypt(secret);
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return encryptor.decrypt(stored);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "A saved CRM secret cannot be decrypted: the secret key (CRMSYNC_SECRET_KEY or"
                            + " secret.key) changed since it was saved. Enter the secret again.");
        }
    }

    private static String keyFromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getEncoder().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
            restrict(file);
            log.warn(
                    "Created a new key for CRM secrets in {}. Back this file up, or set"
                            + " CRMSYNC_SECRET_KEY: without it, saved credentials cannot be read.",
                    file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the directory's ACL.
        }
    }
}
