package dev.xreport.load;

import dev.xreport.diag.DidYouMean;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the facts of a report state, for the words of a finding about a fact that is not stated:
 * whether its concept is stated at all (and, if not, the concept likely meant), and else which
 * facts of the concept are.
 */
final class StatedFacts {
    /** How many stated facts of a concept a finding names. */
    private static final int SHOWN = 4;

    private final List<Fact> facts;
    /** The concepts stated, in the order first stated, once asked about. */
    private Set<String> concepts;
    /** The keys of the facts of each concept, once a finding needs them. */
    private Map<String, List<FactKey>> byConcept;

    StatedFacts(List<Fact> facts) {
        this.facts = facts;
    }

    /** True when some fact states {@code concept}. */
    boolean concept(String concept) {
        return concepts().contains(concept);
    }

    /** {@code (did you mean "X"?)} among the concepts stated, or "". */
    String conceptHint(String concept) {
        return DidYouMean.hint(concept, concepts());
    }

    private Set<String> concepts() {
        if (concepts == null) {
            concepts = new LinkedHashSet<>();
            facts.forEach(f -> concepts.add(f.concept()));
        }
        return concepts;
    }

    /** Why {@code key} is not stated, after "is not stated": no fact of its concept, or the facts of the concept there are. */
    String why(FactKey key) {
        if (!concept(key.concept())) {
            return ": no fact states concept \"" + key.concept() + "\"" + conceptHint(key.concept());
        }
        if (keys(key.concept()).contains(key)) {
            return " (it is stated as a text)";
        }
        return statedAs(key.concept());
    }

    /** {@code  (the report states Cash@I2024, Cash@I2023)}: the first few facts of {@code concept}, or "" when there are none. */
    String statedAs(String concept) {
        String stated = states(concept);
        return stated.isEmpty() ? "" : " (the report states " + stated + ")";
    }

    /** {@code Cash@I2024, Cash@I2023}: the first few facts of {@code concept}. */
    String states(String concept) {
        List<FactKey> keys = keys(concept);
        List<String> shown = keys.stream().limit(SHOWN).map(FactKey::toString).toList();
        return String.join(", ", shown) + (keys.size() > SHOWN ? ", …" : "");
    }

    private List<FactKey> keys(String concept) {
        if (byConcept == null) {
            byConcept = new HashMap<>();
            for (Fact f : facts) {
                byConcept.computeIfAbsent(f.concept(), c -> new ArrayList<>()).add(f.key());
            }
        }
        return byConcept.getOrDefault(concept, List.of());
    }
}
