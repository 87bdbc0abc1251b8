package io.crmsync.settings;

import java.util.List;

/** What the mapping editor may choose from on each side, sorted by label. */
public record MappingChoices(
        List<MappingChoice> hubSpotProperties, List<MappingChoice> salesforceFields) {}
