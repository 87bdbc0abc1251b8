package io.crmsync.sync.engine;

import io.crmsync.sync.FieldSkip;
import io.crmsync.sync.settings.FieldSkips;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The fields skipped for the contacts of a batch, read once per batch. */
@Component
class SkippedFields {

    private final FieldSkips store;

    SkippedFields(FieldSkips store) {
        this.store = store;
    }

    Lookup load(Collection<String> hubSpotIds, Collection<String> salesforceIds) {
        return new Lookup(store.forRecords(hubSpotIds, salesforceIds));
    }

    record Lookup(List<FieldSkip> skips) {

        /** The HubSpot properties not synced for the contact with either id. */
        Set<String> of(String hubSpotId, String salesforceId) {
            if (skips.isEmpty()) {
                return Set.of();
            }
            return skips.stream()
                    .filter(
                            s ->
                                    (hubSpotId != null && hubSpotId.equals(s.hubSpotId()))
                                            || (salesforceId != null
                                                    && salesforceId.equals(s.salesforceId())))
                    .map(FieldSkip::hubSpotProperty)
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
