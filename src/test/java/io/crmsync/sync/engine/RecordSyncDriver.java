package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.settings.ContactSettingsService;
import io.crmsync.sync.ContactSettings;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import java.time.Duration;
import org.springframework.context.ApplicationContext;

/**
 * Lets tests outside the engine package run the engine, which is switched off in tests, and look
 * into its queue.
 */
public final class RecordSyncDriver {

    private final SyncJobs jobs;
    private final WorkQueue queue;
    private final Suspension suspension;
    private final MutableClock clock;
    private final ContactSettingsService settings;

    private RecordSyncDriver(ApplicationContext context) {
        this.jobs = context.getBean(SyncJobs.class);
        this.queue = context.getBean(WorkQueue.class);
        this.suspension = context.getBean(Suspension.class);
        this.clock = context.getBean(MutableClock.class);
        this.settings = context.getBean(ContactSettingsService.class);
    }

    public static RecordSyncDriver of(ApplicationContext context) {
        return new RecordSyncDriver(context);
    }

    /** The default Contacts settings and no suspension, as an admin would leave them. */
    public void reset() {
        suspension.clear();
        TestAccounts.asAdmin(
                () -> {
                    var current = settings.current();
                    settings.save(ContactSettings.DEFAULTS, current.version());
                });
    }

    /** Lets time pass beyond the change readers' safety lag, then syncs until settled. */
    public int settle() {
        clock.advance(Duration.ofMinutes(1));
        int synced = jobs.settleNow();
        clock.advance(Duration.ofMinutes(1));
        return synced + jobs.settleNow();
    }

    public boolean queued(ExternalSystem source, String objectType, String recordId) {
        return queue.contains(source, objectType, recordId);
    }
}
