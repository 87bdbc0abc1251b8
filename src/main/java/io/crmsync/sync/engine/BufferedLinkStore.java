package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A view of the link store for one transaction: every {@link #recordSync} is stored in three
 * statements at {@link #flush()}, instead of three per link (a batch of 200 records otherwise costs
 * the database 600 round trips), and links between two unlinked records are created in one insert.
 * A change that could meet a buffered row (a link deleted or pointed elsewhere) and every read
 * flush first, so the order of changes holds.
 */
final class BufferedLinkStore extends LinkStore {

    private record PendingLink(
            NewLink link, ExternalSystem target, List<FieldWrite> writes, Long runId) {}

    private final List<Sync> pending = new ArrayList<>();
    private final List<PendingLink> pendingLinks = new ArrayList<>();
    private final List<Sync> stored = new ArrayList<>();
    private final List<NewLink> clashes = new ArrayList<>();

    BufferedLinkStore(LinkStore store) {
        super(store.jdbc, store.template, store.named);
    }

    @Override
    void linkAndRecord(NewLink link, ExternalSystem target, List<FieldWrite> writes, Long runId) {
        pendingLinks.add(new PendingLink(link, target, writes, runId));
    }

    @Override
    Link link(
            String kind,
            String hubSpotId,
            String salesforceType,
            String salesforceId,
            Instant now) {
        flushLinks();
        return super.link(kind, hubSpotId, salesforceType, salesforceId, now);
    }

    @Override
    Map<String, Link> bySalesforceIds(String kind, Collection<String> ids) {
        flushLinks();
        return super.bySalesforceIds(kind, ids);
    }

    @Override
    Map<String, Link> byHubSpotIds(String kind, Collection<String> ids) {
        flushLinks();
        return super.byHubSpotIds(kind, ids);
    }

    @Override
    Optional<Link> find(long id) {
        flushLinks();
        return super.find(id);
    }

    /**
     * Creates the pending links that tie two unlinked records in one insert; a pair where either
     * record is linked already, or named twice, goes through {@link #link} instead.
     */
    private void flushLinks() {
        if (pendingLinks.isEmpty()) {
            return;
        }
        List<PendingLink> links = List.copyOf(pendingLinks);
        pendingLinks.clear();
        Map<String, List<PendingLink>> byKind = new LinkedHashMap<>();
        links.forEach(l -> byKind.computeIfAbsent(l.link().kind(), k -> new ArrayList<>()).add(l));
        byKind.forEach(this::createLinks);
    }

    private void createLinks(String kind, List<PendingLink> links) {
        List<String> hubSpotIds = links.stream().map(l -> l.link().hubSpotId()).toList();
        List<String> salesforceIds = links.stream().map(l -> l.link().salesforceId()).toList();
        Map<String, Link> byHubSpot = super.byHubSpotIds(kind, hubSpotIds);
        Map<String, Link> bySalesforce = super.bySalesforceIds(kind, salesforceIds);
        Set<String> seen = new HashSet<>();
        List<PendingLink> fresh = new ArrayList<>();
        List<PendingLink> other = new ArrayList<>();
        for (PendingLink l : links) {
            NewLink n = l.link();
            boolean unique = seen.add("h" + n.hubSpotId()) & seen.add("s" + n.salesforceId());
            if (unique
                    && !byHubSpot.containsKey(n.hubSpotId())
                    && !bySalesforce.containsKey(n.salesforceId())) {
                fresh.add(l);
            } else {
                other.add(l);
            }
        }
        if (!fresh.isEmpty()) {
            // Another batch may have linked one of these records since this one read the links
            // (the same person created on both sides at once): its row stays, and the pairs that
            // clash with it, which this transaction's own reads do not find inserted, are left
            // for their records to be synced again. No locking read: its gap locks deadlock
            // concurrent batches.
            template.batchUpdate(
                    "INSERT INTO sync_link (object_kind, hubspot_id, salesforce_type,"
                            + " salesforce_id, created_at) VALUES (?, ?, ?, ?, ?)"
                            + " ON DUPLICATE KEY UPDATE id = id",
                    fresh.stream()
                            .map(
                                    l ->
                                            new Object[] {
                                                kind,
                                                l.link().hubSpotId(),
                                                l.link().salesforceType(),
                                                l.link().salesforceId(),
                                                Timestamp.from(l.link().now())
                                            })
                            .toList());
            Map<String, Link> created =
                    super.byHubSpotIds(
                            kind, fresh.stream().map(l -> l.link().hubSpotId()).toList());
            for (PendingLink l : fresh) {
                Link stored = created.get(l.link().hubSpotId());
                if (stored == null || !l.link().salesforceId().equals(stored.salesforceId())) {
                    clashes.add(l.link());
                    continue;
                }
                recordSync(stored.id(), l.target(), l.writes(), l.runId(), l.link().now());
            }
        }
        for (PendingLink l : other) {
            NewLink n = l.link();
            Link stored =
                    super.link(
                            n.kind(), n.hubSpotId(), n.salesforceType(), n.salesforceId(), n.now());
            recordSync(stored.id(), l.target(), l.writes(), l.runId(), n.now());
        }
    }

    @Override
    void recordSync(
            long linkId, ExternalSystem target, List<FieldWrite> writes, Long runId, Instant now) {
        pending.add(new Sync(linkId, target, writes, runId, now));
    }

    @Override
    void delete(long linkId) {
        flush();
        super.delete(linkId);
    }

    @Override
    void relink(long linkId, String salesforceType, String salesforceId) {
        flush();
        super.relink(linkId, salesforceType, salesforceId);
    }

    /** The new links that clashed with a link another batch made meanwhile; none was stored. */
    List<NewLink> clashes() {
        return List.copyOf(clashes);
    }

    void flush() {
        flushLinks();
        if (!pending.isEmpty()) {
            storeSyncs(List.copyOf(pending));
            stored.addAll(pending);
            pending.clear();
        }
    }

    /** The syncs flushed so far. */
    List<Sync> stored() {
        return List.copyOf(stored);
    }
}
