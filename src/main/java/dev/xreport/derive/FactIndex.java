package dev.xreport.derive;

import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts of a report by key, for lookups from tables, citations and renderers. */
public final class FactIndex {
    private final Map<FactKey, Fact> byKey = new HashMap<>();

    public FactIndex(List<Fact> facts) {
        for (Fact f : facts) {
            byKey.putIfAbsent(f.key(), f);
        }
    }

    public Optional<Fact> get(FactKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean contains(FactKey key) {
        return byKey.containsKey(key);
    }
}
