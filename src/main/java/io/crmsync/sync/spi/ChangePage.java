package io.crmsync.sync.spi;

import java.util.List;

/**
 * One page of changes and the cursor after it; {@code more} says whether another page is waiting.
 */
public record ChangePage(List<CrmRecord> records, ChangeCursor next, boolean more) {}
