package io.crmsync.connector.hubspot;

import io.crmsync.spi.ApiCall;
import io.crmsync.spi.ApiCallObserver;
import java.util.ArrayList;
import java.util.List;

/** Counts the calls a connector reports. */
final class CallLog implements ApiCallObserver {

    private final List<ApiCall> calls = new ArrayList<>();

    @Override
    public synchronized void onCall(ApiCall call) {
        calls.add(call);
    }

    synchronized List<ApiCall> calls() {
        return List.copyOf(calls);
    }

    synchronized long count(String operation) {
        return calls.stream().filter(c -> c.operation().equals(operation)).count();
    }

    synchronized void clear() {
        calls.clear();
    }
}
