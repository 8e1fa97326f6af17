package dev.xreport.derive;

import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.KeyIndex;
import java.util.List;
import java.util.Optional;

/** The facts of a report by key (the first fact of each key), for lookups from tables, citations and renderers. */
public final class FactIndex {
    private final KeyIndex<Fact, FactKey> byKey;

    public FactIndex(List<Fact> facts) {
        this(KeyIndex.of(facts, Fact::key));
    }

    private FactIndex(KeyIndex<Fact, FactKey> byKey) {
        this.byKey = byKey;
    }

    /**
     * The index of facts already indexed by key, which nobody changes afterwards: the loader's,
     * filled as it makes sure each fact is stated once.
     */
    public static FactIndex of(KeyIndex<Fact, FactKey> byKey) {
        return new FactIndex(byKey);
    }

    public Optional<Fact> get(FactKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean contains(FactKey key) {
        return byKey.get(key) != null;
    }
}
