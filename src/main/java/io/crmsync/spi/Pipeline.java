package io.crmsync.spi;

import java.util.List;

/**
 * A pipeline of an object type (deals, tickets) with its stages in display order.
 *
 * @param id the value records carry for this pipeline (a deal's {@code pipeline})
 * @param label the name users see
 * @param stages the stages, ordered by {@link Stage#displayOrder()}
 */
public record Pipeline(String id, String label, List<Stage> stages) {

    public Pipeline {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
