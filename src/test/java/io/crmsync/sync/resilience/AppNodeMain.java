package io.crmsync.sync.resilience;

import io.crmsync.CrmsyncApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * crmsync as its own process for the crash test: the application with the clock of {@link
 * AheadClockConfiguration}, configured entirely by command-line arguments.
 */
public final class AppNodeMain {

    private AppNodeMain() {}

    public static void main(String[] args) {
        new SpringApplicationBuilder(CrmsyncApplication.class, AheadClockConfiguration.class)
                .run(args);
    }
}
