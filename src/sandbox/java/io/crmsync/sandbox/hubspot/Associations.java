package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.SandboxAutoConfiguration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The associations between records, both directions kept, in memory and in {@code
 * sbx_hs_association} (written through in batches). A contact, deal or ticket has at most one
 * primary company: a new primary demotes the old one to unlabeled, and the first company associated
 * with a record that has none becomes its primary, as in HubSpot. A record whose primary company
 * changes through the API gets a new {@code associatedcompanyid}, so it counts as modified.
 */
@Component
@DependsOn(SandboxAutoConfiguration.SCHEMA_BEAN)
class Associations {

    private static final String HUBSPOT_DEFINED = "HUBSPOT_DEFINED";

    /** One association type on one link. */
    record Kind(String category, int typeId) {}

    /** One association to write: from a record to a record with one type. */
    record Link(String fromType, long fromId, String toType, long toId, Kind kind) {
        Link inverse() {
            return new Link(
                    toType,
                    toId,
                    fromType,
                    fromId,
                    new Kind(kind.category(), AssociationTypes.inverse(kind.typeId())));
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectProvider<PrimaryCompanyStamps> stamps;
    private final Map<String, NavigableMap<Long, Set<Kind>>> links = new ConcurrentHashMap<>();

    Associations(JdbcTemplate jdbc, ObjectProvider<PrimaryCompanyStamps> stamps) {
        this.jdbc = jdbc;
        this.stamps = stamps;
        jdbc.query(
                "SELECT from_type, from_id, to_type, to_id, category, type_id FROM sbx_hs_association",
                rs -> {
                    remember(
                            new Link(
                                    rs.getString(1),
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    new Kind(rs.getString(5), rs.getInt(6))));
                });
    }

    /** The associated records of one record, by target id, with their types. */
    NavigableMap<Long, Set<Kind>> of(String fromType, long fromId, String toType) {
        return links.getOrDefault(key(fromType, fromId, toType), new ConcurrentSkipListMap<>());
    }

    void add(Collection<Link> requested) {
        Map<Holder, Long> changed;
        synchronized (this) {
            Map<Holder, Long> before = primaries(requested);
            addLinks(requested);
            changed = changedPrimaries(before);
        }
        stamp(changed);
    }

    private void addLinks(Collection<Link> requested) {
        List<Link> rows = new ArrayList<>();
        List<Link> demoted = new ArrayList<>();
        for (Link link : requested) {
            if (AssociationTypes.isPrimary(link.kind().category(), link.kind().typeId())
                    && "0-2".equals(link.toType())) {
                for (Map.Entry<Long, Set<Kind>> e :
                        of(link.fromType(), link.fromId(), "0-2").entrySet()) {
                    if (e.getKey() != link.toId() && e.getValue().contains(link.kind())) {
                        demoted.add(
                                new Link(
                                        link.fromType(),
                                        link.fromId(),
                                        "0-2",
                                        e.getKey(),
                                        link.kind()));
                    }
                }
            }
            rows.add(link);
            rows.add(link.inverse());
        }
        for (Link primary : firstPrimaries(requested)) {
            rows.add(primary);
            rows.add(primary.inverse());
        }
        remove(demoted);
        rows.forEach(this::remember);
        jdbc.batchUpdate(
                "INSERT IGNORE INTO sbx_hs_association"
                        + " (from_type, from_id, to_type, to_id, category, type_id) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
                500,
                (ps, l) -> {
                    ps.setString(1, l.fromType());
                    ps.setLong(2, l.fromId());
                    ps.setString(3, l.toType());
                    ps.setLong(4, l.toId());
                    ps.setString(5, l.kind().category());
                    ps.setInt(6, l.kind().typeId());
                });
    }

    /** The primary company a record has, or null. */
    Long primaryCompany(String fromType, long fromId) {
        Integer primary = AssociationTypes.primaryType(fromType, "0-2");
        if (primary == null) {
            return null;
        }
        Kind kind = new Kind(HUBSPOT_DEFINED, primary);
        for (Map.Entry<Long, Set<Kind>> e : of(fromType, fromId, "0-2").entrySet()) {
            if (e.getValue().contains(kind)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The primary links for records that get their first company in this request. */
    private List<Link> firstPrimaries(Collection<Link> requested) {
        Map<String, Link> firsts = new LinkedHashMap<>();
        Set<String> hasPrimary = new HashSet<>();
        for (Link link : requested) {
            Link toCompany = "0-2".equals(link.fromType()) ? link.inverse() : link;
            Integer primary = AssociationTypes.primaryType(toCompany.fromType(), "0-2");
            if (!"0-2".equals(toCompany.toType()) || primary == null) {
                continue;
            }
            String holder = toCompany.fromType() + "/" + toCompany.fromId();
            if (AssociationTypes.isPrimary(toCompany.kind().category(), toCompany.kind().typeId())
                    || primaryCompany(toCompany.fromType(), toCompany.fromId()) != null) {
                hasPrimary.add(holder);
            } else {
                firsts.putIfAbsent(
                        holder,
                        new Link(
                                toCompany.fromType(),
                                toCompany.fromId(),
                                "0-2",
                                toCompany.toId(),
                                new Kind(HUBSPOT_DEFINED, primary)));
            }
        }
        hasPrimary.forEach(firsts::remove);
        return List.copyOf(firsts.values());
    }

    /** Removes every type between the two records, both directions. */
    void removeAll(String fromType, long fromId, String toType, long toId) {
        Set<Kind> kinds = of(fromType, fromId, toType).get(toId);
        if (kinds != null) {
            removeLinks(
                    kinds.stream().map(k -> new Link(fromType, fromId, toType, toId, k)).toList());
        }
    }

    /** Removes the given types only, both directions. */
    void removeLinks(List<Link> links) {
        Map<Holder, Long> changed;
        synchronized (this) {
            Map<Holder, Long> before = primaries(links);
            remove(links);
            changed = changedPrimaries(before);
        }
        stamp(changed);
    }

    /** A record that can have a primary company. */
    private record Holder(String type, long id) {}

    /** The primary company, or -1 for none, of each record these links give or take one. */
    private Map<Holder, Long> primaries(Collection<Link> requested) {
        Map<Holder, Long> primaries = new LinkedHashMap<>();
        for (Link link : requested) {
            Link toCompany = "0-2".equals(link.fromType()) ? link.inverse() : link;
            if ("0-2".equals(toCompany.toType())
                    && AssociationTypes.primaryType(toCompany.fromType(), "0-2") != null) {
                Holder holder = new Holder(toCompany.fromType(), toCompany.fromId());
                primaries.computeIfAbsent(holder, h -> primaryOrNone(h));
            }
        }
        return primaries;
    }

    private long primaryOrNone(Holder holder) {
        Long primary = primaryCompany(holder.type(), holder.id());
        return primary == null ? -1 : primary;
    }

    /** The records whose primary company is no longer the one in {@code before}, with the new. */
    private Map<Holder, Long> changedPrimaries(Map<Holder, Long> before) {
        Map<Holder, Long> changed = new LinkedHashMap<>();
        before.forEach(
                (holder, primary) -> {
                    long now = primaryOrNone(holder);
                    if (now != primary) {
                        changed.put(holder, now);
                    }
                });
        return changed;
    }

    /** Stamps outside the lock: the record's write takes the object service's own. */
    private void stamp(Map<Holder, Long> changed) {
        PrimaryCompanyStamps stamper = stamps.getIfAvailable();
        if (stamper != null) {
            changed.forEach(
                    (holder, now) ->
                            stamper.changed(holder.type(), holder.id(), now < 0 ? null : now));
        }
    }

    private void remove(List<Link> requested) {
        List<Link> rows = new ArrayList<>();
        for (Link link : requested) {
            rows.add(link);
            rows.add(link.inverse());
        }
        for (Link row : rows) {
            NavigableMap<Long, Set<Kind>> targets =
                    links.get(key(row.fromType(), row.fromId(), row.toType()));
            if (targets != null && targets.containsKey(row.toId())) {
                targets.get(row.toId()).remove(row.kind());
                if (targets.get(row.toId()).isEmpty()) {
                    targets.remove(row.toId());
                }
            }
        }
        jdbc.batchUpdate(
                "DELETE FROM sbx_hs_association WHERE from_type = ? AND from_id = ?"
                        + " AND to_type = ? AND to_id = ? AND category = ? AND type_id = ?",
                rows,
                500,
                (ps, l) -> {
                    ps.setString(1, l.fromType());
                    ps.setLong(2, l.fromId());
                    ps.setString(3, l.toType());
                    ps.setLong(4, l.toId());
                    ps.setString(5, l.kind().category());
                    ps.setInt(6, l.kind().typeId());
                });
    }

    private void remember(Link link) {
        links.computeIfAbsent(
                        key(link.fromType(), link.fromId(), link.toType()),
                        k -> new ConcurrentSkipListMap<>())
                .computeIfAbsent(link.toId(), k -> ConcurrentHashMap.newKeySet())
                .add(link.kind());
    }

    private static String key(String fromType, long fromId, String toType) {
        return fromType + "/" + fromId + "/" + toType;
    }
}
