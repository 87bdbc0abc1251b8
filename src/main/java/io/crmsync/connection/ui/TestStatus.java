package io.crmsync.connection.ui;

import com.vaadin.flow.component.html.Span;
import io.crmsync.base.ui.UserTime;
import io.crmsync.connection.ConnectionTestResult;
import io.crmsync.spi.ApiLimits;
import java.util.Locale;

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
            String reached =
                    "Connected to %s%s, API %s (tested %s)."
                            .formatted(
                                    result.accountId(),
                                    who,
                                    result.apiVersion(),
                                    UserTime.format(result.at()));
            setText(reached + limits(result.limits()));
        } else {
            setText("Last test failed: " + result.message());
        }
    }

    /** " Daily API requests: 15,000, 14,987 left.", or nothing when the CRM did not say. */
    private static String limits(ApiLimits limits) {
        if (limits == null || limits.dailyLimit() == null) {
            return "";
        }
        String left =
                limits.dailyRemaining() == null
                        ? ""
                        : String.format(Locale.ENGLISH, ", %,d left", limits.dailyRemaining());
        return String.format(
                Locale.ENGLISH, " Daily API requests: %,d%s.", limits.dailyLimit(), left);
    }
}
