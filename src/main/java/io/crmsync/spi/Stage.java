package io.crmsync.spi;

import java.util.Map;

/**
 * One stage of a {@link Pipeline}.
 *
 * @param id the value records carry for this stage (a deal's {@code dealstage})
 * @param label the name users see
 * @param displayOrder the stage's place in the pipeline, lowest first
 * @param metadata the CRM's stage metadata as strings, such as {@code isClosed} and {@code
 *     probability}
 */
public record Stage(String id, String label, int displayOrder, Map<String, String> metadata) {

    public Stage {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
