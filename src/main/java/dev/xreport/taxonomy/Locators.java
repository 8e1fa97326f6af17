package dev.xreport.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The locators of one extended link and the labels each of its arcs joins.
 *
 * <p>XLink 1.0 (section 5.1.5) allows no two arcs of one extended link with the same
 * {@code xlink:from} and {@code xlink:to} labels, whatever their arcroles. A concept shown twice
 * under one parent (the opening and the closing balance of a movement table), or a dimension whose
 * domain is also its default (dimension-domain and dimension-default arcs), needs two arcs between
 * the same two concepts; the second one then goes to a second locator of the same concept. A
 * concept's first locator is labelled with its name; further ones with its name and {@code _2},
 * {@code _3} …, skipping any label another concept of the link already has.
 */
final class Locators {
    /** One {@code link:loc}: its label and the concept it points to. */
    record Loc(String label, String concept) { }

    private final List<Loc> all = new ArrayList<>();
    private final String[] from;
    private final String[] to;

    Locators(Taxonomy.Network network) {
        List<Taxonomy.Arc> arcs = network.arcs();
        from = new String[arcs.size()];
        to = new String[arcs.size()];
        Set<String> taken = new HashSet<>();
        for (Taxonomy.Arc a : arcs) {
            taken.add(a.from());
            taken.add(a.to());
        }
        Map<String, List<String>> labelsOf = new HashMap<>();
        Set<String> joined = new HashSet<>();
        for (int i = 0; i < arcs.size(); i++) {
            Taxonomy.Arc a = arcs.get(i);
            from[i] = labelsOf(a.from(), labelsOf).get(0);
            for (String candidate : labelsOf(a.to(), labelsOf)) {
                if (joined.add(from[i] + ' ' + candidate)) {
                    to[i] = candidate;
                    break;
                }
            }
            if (to[i] == null) {
                to[i] = another(a.to(), taken, labelsOf);
                joined.add(from[i] + ' ' + to[i]);
            }
        }
    }

    /** Every locator, in the order the arcs first need them. */
    List<Loc> all() {
        return all;
    }

    String from(int arc) {
        return from[arc];
    }

    String to(int arc) {
        return to[arc];
    }

    private List<String> labelsOf(String concept, Map<String, List<String>> labelsOf) {
        List<String> labels = labelsOf.get(concept);
        if (labels == null) {
            labels = new ArrayList<>(2);
            labels.add(concept);
            labelsOf.put(concept, labels);
            all.add(new Loc(concept, concept));
        }
        return labels;
    }

    private String another(String concept, Set<String> taken, Map<String, List<String>> labelsOf) {
        List<String> labels = labelsOf.get(concept);
        String label;
        int k = labels.size() + 1;
        do {
            label = concept + "_" + k++;
        } while (!taken.add(label));
        labels.add(label);
        all.add(new Loc(label, concept));
        return label;
    }
}
