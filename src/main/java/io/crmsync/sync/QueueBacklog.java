package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;
import java.time.Duration;

/**
 * The records from {@code source} waiting in the work queue.
 *
 * @param records every queued record, due or waiting for its retry
 * @param oldestWait how long the longest-waiting due record has been due; zero when none is due
 */
public record QueueBacklog(ExternalSystem source, long records, Duration oldestWait) {}
