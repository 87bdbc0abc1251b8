package io.crmsync.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class FixturesTest {

    @Test
    void inCiAMissingFixtureFolderFailsTheTest(@TempDir Path fixtures) {
        assertThatThrownBy(() -> Fixtures.folder(fixtures.toString(), "hubspot", true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hubspot")
                .hasMessageContaining("REQUIRED in CI");
        assertThatThrownBy(() -> Fixtures.folder(null, "salesforce", true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void outsideCiAMissingFixtureFolderSkipsTheTest(@TempDir Path fixtures) {
        assertThatThrownBy(() -> Fixtures.folder(fixtures.toString(), "hubspot", false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("SKIPPED");
    }

    @Test
    void aPresentFolderIsFoundInAndOutsideCi(@TempDir Path fixtures) throws Exception {
        Path hubspot = Files.createDirectory(fixtures.resolve("hubspot"));

        assertThat(Fixtures.folder(fixtures.toString(), "hubspot", true)).isEqualTo(hubspot);
        assertThat(Fixtures.folder(fixtures.toString(), "hubspot", false)).isEqualTo(hubspot);
    }
}
