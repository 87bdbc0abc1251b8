package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnginePropertiesTest {

    @Test
    void fourWorkersByDefaultAndNeverFewerThanOne() {
        assertThat(properties(null).workers()).isEqualTo(4);
        assertThat(properties(16).workers()).isEqualTo(16);
        assertThatThrownBy(() -> properties(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CRMSYNC_SYNC_WORKERS");
    }

    private static EngineProperties properties(Integer workers) {
        return new EngineProperties(null, null, null, workers, null, null, null, null, null);
    }
}
