package io.crmsync.sandbox.hubspot;

import java.util.List;

/** Told about every committed change of records, in order. */
interface ChangeListener {

    void changed(List<Change> changes);
}
