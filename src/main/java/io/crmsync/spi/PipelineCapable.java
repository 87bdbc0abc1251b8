package io.crmsync.spi;

import java.util.List;

/**
 * A connector that tells the pipelines and stages of an object type, so that stage values can be
 * mapped between the CRMs. Optional: the engine checks for it with {@code instanceof}.
 *
 * <p>One call per object type, reported to the {@link ApiCallObserver}s; failures are thrown as
 * {@link ConnectorException}.
 */
public interface PipelineCapable {

    /** Every pipeline of {@code objectType} with its stages in display order. */
    List<Pipeline> pipelines(String objectType);
}
