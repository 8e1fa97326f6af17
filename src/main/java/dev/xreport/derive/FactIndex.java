package dev.xreport.derive;

import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts of a report by key, for lookups from tables, citations and renderers. */
public final class FactIndex {
    private final Map<FactKey, Fact> byKey;

    public FactIndex(List<Fact> facts) {
        this.byKey = new HashMap<>();
        for (Fact f : facts) {
            byKey.putIfAbsent(f.key(), f);
        }
    }

    private FactIndex(Map<FactKey, Fact> byKey) {
        this.byKey = byKey;
    }

    /**
     * The index of facts already held by key, each key's first fact, in a map that nobody changes
     * afterwards: the loader's, filled as it makes sure each fact is stated once.
     */
    public static FactIndex of(Map<FactKey, Fact> byKey) {
        return new FactIndex(byKey);
    }

    public Optional<Fact> get(FactKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean contains(FactKey key) {
        return byKey.containsKey(key);
    }
}
