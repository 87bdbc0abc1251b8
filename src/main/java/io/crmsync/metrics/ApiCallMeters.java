package io.crmsync.metrics;

import io.crmsync.spi.ApiCall;
import io.crmsync.spi.ApiCallObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts every connector call, failed ones too, by side, object, operation and outcome: the
 * connectors tell each call to every {@link ApiCallObserver}, as they tell the API budget.
 */
@Component
class ApiCallMeters implements ApiCallObserver {

    private final MeterRegistry registry;

    ApiCallMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onCall(ApiCall call) {
        Counter.builder("crmsync.api.calls")
                .description("CRM API calls by side, object, operation and outcome")
                .tag("side", Tags.side(call.system()))
                .tag("object", text(call.objectType()))
                .tag("operation", text(call.operation()))
                .tag("outcome", CallOutcome.of(call.status()))
                .register(registry)
                .increment();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
