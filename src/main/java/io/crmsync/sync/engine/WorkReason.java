package io.crmsync.sync.engine;

import org.springframework.modulith.NamedInterface;

/** Why a record is in the work queue. */
@NamedInterface("engine")
public enum WorkReason {
    /** A poll or a webhook saw it change. */
    CHANGE,
    /** Linked to a record on the other side just now: its values flow back once. */
    LINKED,
    /** An initial sync or a resync asked for it. */
    RESYNC,
    /** It failed before and is tried again. */
    RETRY,
    /** An admin pressed "Sync now". */
    SYNC_NOW
}
