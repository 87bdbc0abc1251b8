package io.crmsync.spi;

/**
 * Told of every API call a connector makes, such as the API budget. Must be fast and never throw.
 */
public interface ApiCallObserver {

    void onCall(ApiCall call);
}
