package io.crmsync.sync.resilience;

import io.crmsync.CrmsyncApplication;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * crmsync as its own process for the crash test and the benchmark, configured entirely by
 * command-line arguments. When it is stopped normally it prints the API calls it made ({@code
 * NODE-CALLS}) and the peak heap use ({@code NODE-PEAK-HEAP-MB}, the sum of the heap pools' peaks,
 * an upper bound). With {@code --crmsync.bench.calls-every} it also prints the calls so far at that
 * interval ({@code NODE-CALLS-AT}, with the time in epoch milliseconds).
 */
public final class AppNodeMain {

    private AppNodeMain() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(CrmsyncApplication.class, CallCounter.class).run(args);
        CallCounter calls = context.getBean(CallCounter.class);
        Duration every =
                context.getEnvironment().getProperty("crmsync.bench.calls-every", Duration.class);
        if (every != null) {
            Thread.ofPlatform()
                    .daemon()
                    .start(
                            () -> {
                                while (true) {
                                    System.out.println(
                                            "NODE-CALLS-AT "
                                                    + System.currentTimeMillis()
                                                    + " "
                                                    + calls.snapshot());
                                    try {
                                        Thread.sleep(every);
                                    } catch (InterruptedException e) {
                                        return;
                                    }
                                }
                            });
        }
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    System.out.println("NODE-CALLS " + calls.snapshot());
                                    System.out.println("NODE-PEAK-HEAP-MB " + peakHeapMb());
                                }));
    }

    static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
