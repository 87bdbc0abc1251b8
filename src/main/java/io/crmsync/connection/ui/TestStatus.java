package io.crmsync.connection.ui;

import com.vaadin.flow.component.html.Span;
import io.crmsync.base.ui.UserTime;
import io.crmsync.connection.ConnectionTestResult;

/** The outcome of the last connection test: who answered, or why nobody did. */
class TestStatus extends Span {

    TestStatus() {
        addClassName("connection-status");
    }

    void show(ConnectionTestResult result, String url) {
        if (result == null) {
            setText(url == null ? "Not tested yet." : "Not tested yet. Uses " + url + ".");
        } else if (result.ok()) {
            String who = result.user() == null ? "" : " as " + result.user();
            setText(
                    "Connected to %s%s, API %s (tested %s)."
                            .formatted(
                                    result.accountId(),
                                    who,
                                    result.apiVersion(),
                                    UserTime.format(result.at())));
        } else {
            setText("Last test failed: " + result.message());
        }
    }
}
