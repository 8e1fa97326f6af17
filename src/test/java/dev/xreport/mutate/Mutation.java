package dev.xreport.mutate;

import java.util.Optional;
import java.util.SplittableRandom;

/** One way of breaking (or keeping) an XBRL instance or its taxonomy. */
public interface Mutation {
    /** What reports and the known-differences file call it: a family and a variant, "arc-dropped:calculation". */
    String kind();

    /**
     * Changes {@code copy}, choosing what to change with {@code random}; returns what it changed, in
     * words, or empty (and changes nothing) when the copy has nothing this mutation could change.
     */
    Optional<String> apply(XbrlCopy copy, SplittableRandom random);

    /** The family of the kind: "arc-dropped" for "arc-dropped:calculation". */
    default String family() {
        int colon = kind().indexOf(':');
        return colon < 0 ? kind() : kind().substring(0, colon);
    }

    /** A change of its own. */
    @FunctionalInterface
    interface Change {
        Optional<String> apply(XbrlCopy copy, SplittableRandom random);
    }

    static Mutation of(String kind, Change change) {
        return new Mutation() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Optional<String> apply(XbrlCopy copy, SplittableRandom random) {
                return change.apply(copy, random);
            }

            @Override
            public String toString() {
                return kind;
            }
        };
    }
}
