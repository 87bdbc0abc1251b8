package io.crmsync.spi;

import java.util.List;

/**
 * One association between two records, as read from the CRM.
 *
 * @param fromId the id of the record the association was read from
 * @param toId the id of the associated record
 * @param labels the association's labels (such as {@code Primary}); empty when unlabelled
 */
public record Association(String fromId, String toId, List<String> labels) {

    public Association {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
