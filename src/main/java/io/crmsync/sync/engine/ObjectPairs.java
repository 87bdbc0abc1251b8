package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The object pairs crmsync syncs, in their order: every {@link PairRules} bean declares one. */
@Component
class ObjectPairs {

    private final List<ObjectPair> pairs;

    ObjectPairs(List<PairRules> rules) {
        this.pairs =
                rules.stream()
                        .map(PairRules::pair)
                        .sorted(Comparator.comparingInt(ObjectPair::order))
                        .toList();
    }

    List<ObjectPair> all() {
        return pairs;
    }

    /** The pair a change stream belongs to. */
    Optional<ObjectPair> of(ExternalSystem source, String objectType) {
        return pairs.stream().filter(p -> p.has(source, objectType)).findFirst();
    }
}
