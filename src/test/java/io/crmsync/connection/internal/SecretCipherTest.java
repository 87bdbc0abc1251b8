package io.crmsync.connection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Secrets are encrypted with the configured key, or with a key file made on first run. */
@ExtendWith(OutputCaptureExtension.class)
class SecretCipherTest {

    @TempDir Path dataDir;

    @Test
    void withoutAConfiguredKeyAKeyFileIsCreatedOnceAndAWarningSaysToBackItUp(CapturedOutput output)
            throws Exception {
        String stored =
                new SecretCipher(new SecretProperties("", dataDir.toString()))
                        .encrypt("s3cret-value");

        Path keyFile = dataDir.resolve("secret.key");
        assertThat(keyFile).exists();
        assertThat(output.getOut()).contains("Back this file up, or set CRMSYNC_SECRET_KEY");
        String key = Files.readString(keyFile);
        assertThat(new SecretCipher(new SecretProperties("", dataDir.toString())).decrypt(stored))
                .isEqualTo("s3cret-value");
        assertThat(Files.readString(keyFile)).isEqualTo(key);
    }

    @Test
    void eachEncryptionDiffersAndNeverContainsTheSecret() {
        SecretCipher cipher =
                new SecretCipher(new SecretProperties("a configured key", dataDir.toString()));

        String first = cipher.encrypt("s3cret-value");
        String second = cipher.encrypt("s3cret-value");

        assertThat(first).isNotEqualTo(second).doesNotContain("s3cret");
        assertThat(cipher.decrypt(second)).isEqualTo("s3cret-value");
        assertThat(dataDir.resolve("secret.key")).doesNotExist();
    }

    @Test
    void anotherKeyCannotReadASecretAndSaysWhy() {
        String stored =
                new SecretCipher(new SecretProperties("key one", dataDir.toString()))
                        .encrypt("s3cret-value");

        assertThatThrownBy(
                        () ->
                                new SecretCipher(
                                                new SecretProperties("key two", dataDir.toString()))
                                        .decrypt(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secret key")
                .hasMessageContaining("Enter the secret again");
    }
}
