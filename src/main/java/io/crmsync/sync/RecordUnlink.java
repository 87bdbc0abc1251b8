package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

/**
 * How a record lost its link: deleted on one side, and what the delete rule did on the other.
 *
 * @param deletedIn the side the record was deleted in
 * @param deletedAt when that side deleted it, or when crmsync saw the deletion
 * @param otherType the other side's object ({@code Contact}, {@code Lead}, {@code contacts}, {@code
 *     companies})
 * @param otherDeleted whether the delete rule deleted the other side's record too
 */
public record RecordUnlink(
        ExternalSystem deletedIn, Instant deletedAt, String otherType, boolean otherDeleted) {

    /** "Deleted in HubSpot on 3 May 2026; unlinked; the Salesforce contact was kept". */
    public String story(Function<Instant, String> dates) {
        ExternalSystem other = deletedIn.other();
        String otherRecord =
                "the "
                        + other.label()
                        + " "
                        + (other == ExternalSystem.HUBSPOT
                                ? SyncObject.ofHubSpotType(otherType).singular()
                                : otherType.toLowerCase(Locale.ROOT));
        return "Deleted in "
                + deletedIn.label()
                + " on "
                + dates.apply(deletedAt)
                + "; unlinked; "
                + otherRecord
                + (otherDeleted ? " was deleted too" : " was kept");
    }
}
